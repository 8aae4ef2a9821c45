package org.policygraph.model;

import java.util.List;

/**
 * One real body. {@code name} is the canonical short official form; {@code aliases} every spelling seen.
 *
 * @param level NATIONAL, PROVINCIAL, MUNICIPAL, DISTRICT (or a 管委会's level) as the vocabulary file says
 * @param note  why an alias or OCR correction was accepted, where one was needed
 * @param place the place the body is of (武汉市), whose plans alone its relative spellings (市商务局) mean
 *              ({@link Places}); null for a body named absolutely (商务部, 湖北省人民政府)
 */
public record DepartmentRecord(String id, String name, List<String> aliases, String level, String note, String place) {
}
