package org.policygraph.model;

/**
 * One task or measure a document sets.
 *
 * @param parentId id of the Section it sits in
 * @param number   its label as printed inside its list ("12"); for unnumbered items (e.g. 004's ——lead-ins)
 *                 the ordinal within the section prefixed with "—" ("—3"), since nothing is printed
 * @param list     the printed name of the list or section it sits in, e.g. "表1 推动服务业重点行业领域深化改革扩大开放"
 * @param title    the lead phrase where one exists (text before the first 。), else null
 * @param timeline e.g. "2016年下半年启动" (003's annex), else null
 * @param order    position within its parent, from 1
 */
public record MeasureRecord(String id, String documentId, String parentId, String number, String list, String title,
                            String text, String timeline, int order, SourceRef source) {
}
