package org.policygraph.model;

/**
 * An actor a plan names that is no one body: a collective (各区人民政府), an unspecified set (各相关部门), a post
 * (市政府分管领导). Kept with its roles and quotes as a (:GenericActor), never merged into a Department.
 *
 * @param name the phrase as printed
 * @param kind DEPARTMENTS, DISTRICT_GOVERNMENTS, LOCAL_GOVERNMENTS, LEADERSHIP, ASSOCIATIONS, ENTERPRISES
 */
public record GenericActorRecord(String id, String name, String kind, String note) {
}
