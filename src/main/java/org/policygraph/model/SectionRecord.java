package org.policygraph.model;

/**
 * A heading level of a document's own hierarchy: 一、 / （一） / 专栏N / 表N / the annex table.
 *
 * @param parentId id of the parent Section, or null when the document itself is the parent
 * @param label    the printed label, e.g. "二、", "（三）", "专栏5", "表1"
 * @param title    the heading text without its label
 * @param text     the section's own body text (paragraphs before its first child), may be empty
 * @param order    position among its siblings, from 1
 */
public record SectionRecord(String id, String documentId, String parentId, String label, String title, String text,
                            int order, SourceRef source) {
}
