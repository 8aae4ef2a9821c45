package org.policygraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.policygraph.graph.MeasureConditions.Anchor;
import org.policygraph.graph.PageParent;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.smallrye.graphql.api.Context;

/**
 * Fields that reach across the graph. Every one takes the whole batch of parents a query level produced
 * ({@code @Source List<…>}) and answers it with one Cypher statement, so the number of statements a request
 * costs grows with the depth of the query, not with the number of rows.
 */
@GraphQLApi
public class NestedFields {

    @Inject
    GraphQueries graph;

    @Inject
    Context context;

    // ---- Document ----------------------------------------------------------------------------------

    @Description("Departments that issued the document (发文机关).")
    public List<@NonNull List<@NonNull Department>> issuers(@Source List<Document> documents) throws GraphQLException {
        return graph.listsPerParent("read/document-issuers", ids(documents, d -> d.id), Map.of(), Department::from);
    }

    @Description("Documents this one cites.")
    public List<@NonNull List<@NonNull Document>> cites(@Source List<Document> documents) throws GraphQLException {
        return graph.listsPerParent("read/document-references", ids(documents, d -> d.id), Map.of("type", "CITES"),
                Document::from);
    }

    @Name("implements")
    @Description("Documents this one says it implements (为贯彻落实…).")
    public List<@NonNull List<@NonNull Document>> implementsDocuments(@Source List<Document> documents)
            throws GraphQLException {
        return graph.listsPerParent("read/document-references", ids(documents, d -> d.id),
                Map.of("type", "IMPLEMENTS"), Document::from);
    }

    @Description("Top-level sections (一、二、…) in printed order.")
    public List<@NonNull List<@NonNull Section>> sections(@Source List<Document> documents) throws GraphQLException {
        return graph.listsPerParent("read/document-sections", ids(documents, d -> d.id), Map.of(), Section::from);
    }

    @Name("measures")
    @Description("The document's measures in document order, optionally filtered.")
    public List<@NonNull MeasureConnection> documentMeasures(@Source List<Document> documents, MeasureFilter filter,
            Integer first, String after) throws GraphQLException {
        if (documents.stream().allMatch(d -> d.prefetchedMeasures != null)) {
            return documents.stream().map(d -> d.prefetchedMeasures).toList(); // document(id) brought the page
        }
        return measurePages(Anchor.DOCUMENT, ids(documents, d -> d.id), filter,
                MeasurePageStatement.positionOrder(), first, after);
    }

    // ---- Measure -----------------------------------------------------------------------------------

    @Name("document")
    @Description("The plan the measure belongs to.")
    public List<@NonNull Document> measureDocument(@Source List<Measure> measures) throws GraphQLException {
        if (measures.stream().allMatch(m -> m.prefetchedDocument != null)) {
            return measures.stream().map(m -> m.prefetchedDocument).toList(); // the page statement brought them
        }
        return graph.onePerId("read/documents-by-id", ids(measures, m -> m.documentId), "item", Document::from);
    }

    @Description("Departments leading (牵头) the measure, by name. Their provenance is in `roles`.")
    public List<@NonNull List<@NonNull Department>> leads(@Source List<Measure> measures) throws GraphQLException {
        if (measures.stream().allMatch(m -> m.prefetchedLeads != null)) {
            return measures.stream().map(m -> m.prefetchedLeads).toList(); // the page statement brought them
        }
        return departmentsInRole(measures, RoleType.LEADS);
    }

    @Description("Departments supporting (配合) the measure, by name.")
    public List<@NonNull List<@NonNull Department>> supporters(@Source List<Measure> measures) throws GraphQLException {
        if (measures.stream().allMatch(m -> m.prefetchedSupporters != null)) {
            return measures.stream().map(m -> m.prefetchedSupporters).toList(); // the page statement brought them
        }
        return departmentsInRole(measures, RoleType.SUPPORTS);
    }

    @Description("Departments coordinating (统筹协调) the measure, by name.")
    public List<@NonNull List<@NonNull Department>> coordinators(@Source List<Measure> measures) throws GraphQLException {
        return departmentsInRole(measures, RoleType.COORDINATES);
    }

    @Description("Every department role on the measure with the text that states it.")
    public List<@NonNull List<@NonNull DepartmentRole>> roles(@Source List<Measure> measures) throws GraphQLException {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("role", null);
        return graph.listsPerParent("read/measure-departments", ids(measures, m -> m.id), params, DepartmentRole::from);
    }

    @Description("Parks and zones the measure names (any alias).")
    public List<@NonNull List<@NonNull Park>> parks(@Source List<Measure> measures) throws GraphQLException {
        return graph.listsPerParent("read/measure-parks", ids(measures, m -> m.id), Map.of(), Park::from);
    }

    @Description("Initiatives the measure advances.")
    public List<@NonNull List<@NonNull Initiative>> initiatives(@Source List<Measure> measures) throws GraphQLException {
        return graph.listsPerParent("read/measure-initiatives", ids(measures, m -> m.id), Map.of(), Initiative::from);
    }

    @Name("indicators")
    @Description("Targets and baselines stated in the measure, in text order.")
    public List<@NonNull List<@NonNull Indicator>> measureIndicators(@Source List<Measure> measures)
            throws GraphQLException {
        if (measures.stream().allMatch(m -> m.prefetchedIndicators != null)) {
            return measures.stream().map(m -> m.prefetchedIndicators).toList(); // the page statement brought them
        }
        return graph.listsPerParent("read/owner-indicators", ids(measures, m -> m.id), Map.of(), Indicator::from);
    }

    @Description("For a task-table row: the body measure or section it restates (ids; fetch them with `measure`/`section`).")
    public List<@NonNull List<@NonNull Restatement>> restates(@Source List<Measure> measures) throws GraphQLException {
        return graph.listsPerParent("read/measure-restates", ids(measures, m -> m.id), Map.of(), Restatement::from);
    }

    // ---- Section -----------------------------------------------------------------------------------

    @Name("document")
    public List<@NonNull Document> sectionDocument(@Source List<Section> sections) throws GraphQLException {
        return graph.onePerId("read/documents-by-id", ids(sections, s -> s.documentId), "item", Document::from);
    }

    @Name("sections")
    @Description("Sub-sections in printed order.")
    public List<@NonNull List<@NonNull Section>> subSections(@Source List<Section> sections) throws GraphQLException {
        return graph.listsPerParent("read/section-children", ids(sections, s -> s.id), Map.of("measures", false),
                Section::from);
    }

    @Name("measures")
    @Description("Measures directly in this section, in printed order.")
    public List<@NonNull List<@NonNull Measure>> sectionMeasures(@Source List<Section> sections) throws GraphQLException {
        return graph.listsPerParent("read/section-children", ids(sections, s -> s.id), Map.of("measures", true),
                Measure::from);
    }

    @Name("roles")
    @Description("Department roles stated for the whole section (e.g. in a 组织实施 or 保障措施 chapter), with the text "
            + "that states them.")
    public List<@NonNull List<@NonNull DepartmentRole>> sectionRoles(@Source List<Section> sections)
            throws GraphQLException {
        return graph.listsPerParent("read/section-departments", ids(sections, s -> s.id), Map.of(),
                DepartmentRole::from);
    }

    @Name("indicators")
    @Description("Targets and baselines stated in the section's own text.")
    public List<@NonNull List<@NonNull Indicator>> sectionIndicators(@Source List<Section> sections)
            throws GraphQLException {
        return graph.listsPerParent("read/owner-indicators", ids(sections, s -> s.id), Map.of(), Indicator::from);
    }

    // ---- Department --------------------------------------------------------------------------------

    @Name("leads")
    @Description("Measures the department leads (牵头), across all plans, by issue date then document order.")
    public List<@NonNull MeasureConnection> departmentLeads(@Source List<Department> departments, MeasureFilter filter,
            Integer first, String after) throws GraphQLException {
        if (departments.stream().allMatch(d -> d.prefetchedLeads != null)) {
            return departments.stream().map(d -> d.prefetchedLeads).toList(); // department(name) brought the page
        }
        return measurePages(Anchor.LED_BY, ids(departments, d -> d.id), filter, List.of(), first, after);
    }

    @Name("supports")
    @Description("Measures the department supports (配合), across all plans.")
    public List<@NonNull MeasureConnection> departmentSupports(@Source List<Department> departments,
            MeasureFilter filter, Integer first, String after) throws GraphQLException {
        return measurePages(Anchor.SUPPORTED_BY, ids(departments, d -> d.id), filter, List.of(), first, after);
    }

    @Name("coordinates")
    @Description("Measures the department coordinates (统筹协调).")
    public List<@NonNull MeasureConnection> departmentCoordinates(@Source List<Department> departments,
            MeasureFilter filter, Integer first, String after) throws GraphQLException {
        return measurePages(Anchor.COORDINATED_BY, ids(departments, d -> d.id), filter, List.of(), first, after);
    }

    @Name("responsibilities")
    @Description("Every role the department holds, on measures and on sections, across all plans, by issue date then "
            + "document order; `role` narrows it to LEADS, SUPPORTS or COORDINATES.")
    public List<@NonNull ResponsibilityConnection> departmentResponsibilities(@Source List<Department> departments,
            RoleType role, Integer first, String after) throws GraphQLException {
        Page page = Page.of(first, after);
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("role", role == null ? null : role.name());
        List<List<Responsibility>> all = graph.listsPerParent("read/department-responsibilities",
                ids(departments, d -> d.id), params, Responsibility::from);
        // one statement for all parents; a department's roles number in the hundreds at most, so the page is cut here
        return all.stream().map(items -> ResponsibilityConnection.of(page,
                items.subList(Math.min(page.skip(), items.size()),
                        Math.min(page.skip() + page.limit(), items.size())), items.size())).toList();
    }

    @Description("Documents the department issued.")
    public List<@NonNull List<@NonNull Document>> issued(@Source List<Department> departments) throws GraphQLException {
        return graph.listsPerParent("read/department-issued", ids(departments, d -> d.id), Map.of(), Document::from);
    }

    @Description("Parks and zones the department administers (for a 管委会, administrative committee).")
    public List<@NonNull List<@NonNull Park>> administers(@Source List<Department> departments) throws GraphQLException {
        return graph.listsPerParent("read/department-parks", ids(departments, d -> d.id), Map.of(), Park::from);
    }

    // ---- Park, Initiative --------------------------------------------------------------------------

    @Name("measures")
    @Description("Measures naming this park or any of its aliases, by issue date.")
    public List<@NonNull MeasureConnection> parkMeasures(@Source List<Park> parks, Integer first, String after)
            throws GraphQLException {
        return measurePages(Anchor.PARK, ids(parks, p -> p.id), null, List.of(), first, after);
    }

    @Description("Departments (管委会) administering the park.")
    public List<@NonNull List<@NonNull Department>> administrators(@Source List<Park> parks) throws GraphQLException {
        return graph.listsPerParent("read/park-administrators", ids(parks, p -> p.id), Map.of(), Department::from);
    }

    @Name("measures")
    @Description("Measures advancing the initiative, by the plan's issue date: how it runs through the plans.")
    public List<@NonNull MeasureConnection> initiativeMeasures(@Source List<Initiative> initiatives, Integer first,
            String after) throws GraphQLException {
        return measurePages(Anchor.INITIATIVE, ids(initiatives, i -> i.id), null, List.of(), first, after);
    }

    // ---- Indicator, Source, SearchHit --------------------------------------------------------------

    @Name("measure")
    @Description("The measure stating the indicator; null when a section's text states it.")
    public List<Measure> indicatorMeasure(@Source List<Indicator> indicators) throws GraphQLException {
        return graph.onePerId("read/indicator-owners", ids(indicators, i -> i.id), "measure", Measure::from);
    }

    @Name("section")
    @Description("The section stating the indicator; null when a measure states it.")
    public List<Section> indicatorSection(@Source List<Indicator> indicators) throws GraphQLException {
        return graph.onePerId("read/indicator-owners", ids(indicators, i -> i.id), "section", Section::from);
    }

    @Name("document")
    public List<@NonNull Document> indicatorDocument(@Source List<Indicator> indicators) throws GraphQLException {
        return graph.onePerId("read/documents-by-id", ids(indicators, i -> i.documentId), "item", Document::from);
    }

    @Name("document")
    @Description("The document the quote is from.")
    public List<@NonNull Document> sourceDocument(@Source List<org.policygraph.api.Source> sources)
            throws GraphQLException {
        return graph.onePerId("read/documents-by-id", ids(sources, s -> s.documentId), "item", Document::from);
    }

    @Name("document")
    public List<@NonNull Document> hitDocument(@Source List<SearchHit> hits) throws GraphQLException {
        return graph.onePerId("read/documents-by-id", ids(hits, h -> h.documentId), "item", Document::from);
    }

    @Name("measure")
    @Description("The matched measure, for kind MEASURE.")
    public List<Measure> hitMeasure(@Source List<SearchHit> hits) {
        return hits.stream().map(h -> h.matchedMeasure).toList(); // the search statement returned it already
    }

    @Name("section")
    @Description("The matched section, for kind SECTION.")
    public List<Section> hitSection(@Source List<SearchHit> hits) {
        return hits.stream().map(h -> h.matchedSection).toList(); // the search statement returned it already
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private List<List<Department>> departmentsInRole(List<Measure> measures, RoleType role) throws GraphQLException {
        return graph.listsPerParent("read/measure-departments", ids(measures, m -> m.id), Map.of("role", role.name()),
                row -> Department.from(asMap(row.get("department"))));
    }

    private List<MeasureConnection> measurePages(Anchor anchor, List<String> parentIds, MeasureFilter filter,
            List<MeasureOrder> orderBy, Integer first, String after) throws GraphQLException {
        DataFetchingFieldSelectionSet selection = context.unwrap(DataFetchingEnvironment.class).getSelectionSet();
        var statement = MeasurePageStatement.of(anchor, filter, orderBy, first, after, selection, PageParent.NONE);
        List<MeasureConnection> connections = new ArrayList<>();
        var results = graph.pagesPerParent(statement.template(), statement.slots(), statement.params(), parentIds,
                statement.page(), Measure::from);
        for (int i = 0; i < results.size(); i++) {
            connections.add(statement.connection(results.get(i), parentIds.get(i)));
        }
        return connections;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static <T> List<String> ids(List<T> parents, java.util.function.Function<T, String> id) {
        return parents.stream().map(p -> { String v = id.apply(p); return v == null ? "" : v; }).toList();
    }
}
