package org.policygraph.model;

import java.util.List;

/**
 * One real body. {@code name} is the canonical short official form; {@code aliases} every spelling seen.
 *
 * @param level NATIONAL, PROVINCIAL, MUNICIPAL, DISTRICT (or a 管委会's level) as the vocabulary file says
 * @param note  why an alias or OCR correction was accepted, where one was needed
 */
public record DepartmentRecord(String id, String name, List<String> aliases, String level, String note) {
}
