package org.policygraph.api.resolve;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.policygraph.read.plan.Page;
import org.policygraph.api.schema.Department;
import org.policygraph.api.schema.DepartmentRole;
import org.policygraph.api.schema.Document;
import org.policygraph.api.schema.GenericActor;
import org.policygraph.api.schema.GenericActorRole;
import org.policygraph.api.schema.Indicator;
import org.policygraph.api.schema.Initiative;
import org.policygraph.api.schema.Measure;
import org.policygraph.api.schema.MeasureConnection;
import org.policygraph.api.schema.MeasureFilter;
import org.policygraph.api.schema.Metric;
import org.policygraph.api.schema.MetricPoint;
import org.policygraph.api.schema.Park;
import org.policygraph.api.schema.Responsibility;
import org.policygraph.api.schema.ResponsibilityConnection;
import org.policygraph.api.schema.Restatement;
import org.policygraph.api.schema.RoleType;
import org.policygraph.api.schema.Rows;
import org.policygraph.api.schema.SearchHit;
import org.policygraph.api.schema.Section;
import org.policygraph.graph.CypherTemplate;


/**
 * Fields that reach across the graph. Each takes the whole batch of parents a query level produced
 * ({@code @Source List<…>}); its value came with the parents' own statement (read.plan folds whatever a query
 * selects under a root field into that field's statement), or, where it could not, is read for the whole batch by
 * one statement from the field's shape (read.shape) — through {@link PlannedReads}, the same way for every field.
 */
@GraphQLApi
public class NestedFields {

    @Inject
    GraphQueries graph;

    @Inject
    PlannedReads reads;

    // ---- Document ----------------------------------------------------------------------------------

    @Description("Departments that issued the document (发文机关).")
    public List<@NonNull List<@NonNull Department>> issuers(@Source List<Document> documents) throws GraphQLException {
        return reads.lists(documents, d -> d.row, d -> d.id, Department::from);
    }

    @Description("Documents this one cites.")
    public List<@NonNull List<@NonNull Document>> cites(@Source List<Document> documents) throws GraphQLException {
        return reads.lists(documents, d -> d.row, d -> d.id, Document::from);
    }

    @Name("implements")
    @Description("Documents this one says it implements (为贯彻落实…).")
    public List<@NonNull List<@NonNull Document>> implementsDocuments(@Source List<Document> documents)
            throws GraphQLException {
        return reads.lists(documents, d -> d.row, d -> d.id, Document::from);
    }

    @Description("Top-level sections (一、二、…) in printed order.")
    public List<@NonNull List<@NonNull Section>> sections(@Source List<Document> documents) throws GraphQLException {
        return reads.lists(documents, d -> d.row, d -> d.id, Section::from);
    }

    @Name("measures")
    @Description("The document's measures in document order, optionally filtered.")
    public List<@NonNull MeasureConnection> documentMeasures(@Source List<Document> documents, MeasureFilter filter,
            Integer first, String after) throws GraphQLException {
        return reads.measurePages(documents, d -> d.row, d -> d.id, filter, first, after);
    }

    // ---- Measure -----------------------------------------------------------------------------------

    @Name("document")
    @Description("The plan the measure belongs to.")
    public List<@NonNull Document> measureDocument(@Source List<Measure> measures) throws GraphQLException {
        return reads.ones(measures, m -> m.row, m -> m.id, Document::from);
    }

    @Description("Departments leading (牵头) the measure, by name. Their provenance is in `roles`.")
    public List<@NonNull List<@NonNull Department>> leads(@Source List<Measure> measures) throws GraphQLException {
        return reads.lists(measures, m -> m.row, m -> m.id, Department::from);
    }

    @Description("Departments supporting (配合) the measure, by name.")
    public List<@NonNull List<@NonNull Department>> supporters(@Source List<Measure> measures) throws GraphQLException {
        return reads.lists(measures, m -> m.row, m -> m.id, Department::from);
    }

    @Description("Departments coordinating (统筹协调) the measure, by name.")
    public List<@NonNull List<@NonNull Department>> coordinators(@Source List<Measure> measures) throws GraphQLException {
        return reads.lists(measures, m -> m.row, m -> m.id, Department::from);
    }

    @Description("Every department role on the measure with the text that states it.")
    public List<@NonNull List<@NonNull DepartmentRole>> roles(@Source List<Measure> measures) throws GraphQLException {
        return reads.lists(measures, m -> m.row, m -> m.id, DepartmentRole::from);
    }

    @Description("Parks and zones the measure names (any alias).")
    public List<@NonNull List<@NonNull Park>> parks(@Source List<Measure> measures) throws GraphQLException {
        return reads.lists(measures, m -> m.row, m -> m.id, Park::from);
    }

    @Description("Initiatives the measure advances.")
    public List<@NonNull List<@NonNull Initiative>> initiatives(@Source List<Measure> measures) throws GraphQLException {
        return reads.lists(measures, m -> m.row, m -> m.id, Initiative::from);
    }

    @Name("indicators")
    @Description("Targets and baselines stated in the measure, in text order.")
    public List<@NonNull List<@NonNull Indicator>> measureIndicators(@Source List<Measure> measures)
            throws GraphQLException {
        return reads.lists(measures, m -> m.row, m -> m.id, Indicator::from);
    }

    @Description("For a task-table row: the body measure or section it restates (ids; fetch them with `measure`/`section`).")
    public List<@NonNull List<@NonNull Restatement>> restates(@Source List<Measure> measures) throws GraphQLException {
        return reads.lists(measures, m -> m.row, m -> m.id, Restatement::from);
    }

    // ---- Section -----------------------------------------------------------------------------------

    @Name("document")
    public List<@NonNull Document> sectionDocument(@Source List<Section> sections) throws GraphQLException {
        return reads.ones(sections, s -> s.row, s -> s.id, Document::from);
    }

    @Name("sections")
    @Description("Sub-sections in printed order.")
    public List<@NonNull List<@NonNull Section>> subSections(@Source List<Section> sections) throws GraphQLException {
        return reads.lists(sections, s -> s.row, s -> s.id, Section::from);
    }

    @Name("measures")
    @Description("Measures directly in this section, in printed order.")
    public List<@NonNull List<@NonNull Measure>> sectionMeasures(@Source List<Section> sections) throws GraphQLException {
        return reads.lists(sections, s -> s.row, s -> s.id, Measure::from);
    }

    @Name("roles")
    @Description("Department roles stated for the whole section (e.g. in a 组织实施 or 保障措施 chapter), with the text "
            + "that states them.")
    public List<@NonNull List<@NonNull DepartmentRole>> sectionRoles(@Source List<Section> sections)
            throws GraphQLException {
        return reads.lists(sections, s -> s.row, s -> s.id, DepartmentRole::from);
    }

    @Name("indicators")
    @Description("Targets and baselines stated in the section's own text.")
    public List<@NonNull List<@NonNull Indicator>> sectionIndicators(@Source List<Section> sections)
            throws GraphQLException {
        return reads.lists(sections, s -> s.row, s -> s.id, Indicator::from);
    }

    // ---- Department --------------------------------------------------------------------------------

    @Name("leads")
    @Description("Measures the department leads (牵头), across all plans, by issue date then document order.")
    public List<@NonNull MeasureConnection> departmentLeads(@Source List<Department> departments, MeasureFilter filter,
            Integer first, String after) throws GraphQLException {
        return reads.measurePages(departments, d -> d.row, d -> d.id, filter, first, after);
    }

    @Name("supports")
    @Description("Measures the department supports (配合), across all plans.")
    public List<@NonNull MeasureConnection> departmentSupports(@Source List<Department> departments,
            MeasureFilter filter, Integer first, String after) throws GraphQLException {
        return reads.measurePages(departments, d -> d.row, d -> d.id, filter, first, after);
    }

    @Name("coordinates")
    @Description("Measures the department coordinates (统筹协调).")
    public List<@NonNull MeasureConnection> departmentCoordinates(@Source List<Department> departments,
            MeasureFilter filter, Integer first, String after) throws GraphQLException {
        return reads.measurePages(departments, d -> d.row, d -> d.id, filter, first, after);
    }

    @Name("responsibilities")
    @Description("Every role the department holds, on measures and on sections, across all plans, by issue date then "
            + "document order; `role` narrows it to LEADS, SUPPORTS or COORDINATES.")
    public List<@NonNull ResponsibilityConnection> departmentResponsibilities(@Source List<Department> departments,
            RoleType role, Integer first, String after) throws GraphQLException {
        Page page = Page.of(first, after);
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("role", role == null ? null : role.name());
        List<List<Responsibility>> all = graph.listsPerParent(CypherTemplate.fill("read/department-responsibilities",
                Map.of("DEPARTMENT", reads.whole("Department", "dept"), "MEASURE", reads.whole("Measure", "x"),
                        "SECTION", reads.whole("Section", "x"), "DOCUMENT", reads.whole("Document", "doc"))),
                ids(departments, d -> d.id), params, Responsibility::from);
        // one statement for all parents; a department's roles number in the hundreds at most, so the page is cut here
        return all.stream().map(items -> ResponsibilityConnection.of(page,
                items.subList(Math.min(page.skip(), items.size()),
                        Math.min(page.skip() + page.limit(), items.size())), items.size())).toList();
    }

    @Description("Documents the department issued.")
    public List<@NonNull List<@NonNull Document>> issued(@Source List<Department> departments) throws GraphQLException {
        return reads.lists(departments, d -> d.row, d -> d.id, Document::from);
    }

    @Description("Parks and zones the department administers (for a 管委会, administrative committee).")
    public List<@NonNull List<@NonNull Park>> administers(@Source List<Department> departments) throws GraphQLException {
        return reads.lists(departments, d -> d.row, d -> d.id, Park::from);
    }

    // ---- Park, Initiative --------------------------------------------------------------------------

    @Name("measures")
    @Description("Measures naming this park or any of its aliases, by issue date.")
    public List<@NonNull MeasureConnection> parkMeasures(@Source List<Park> parks, Integer first, String after)
            throws GraphQLException {
        return reads.measurePages(parks, p -> p.row, p -> p.id, null, first, after);
    }

    @Description("Departments (管委会) administering the park.")
    public List<@NonNull List<@NonNull Department>> administrators(@Source List<Park> parks) throws GraphQLException {
        return reads.lists(parks, p -> p.row, p -> p.id, Department::from);
    }

    @Name("measures")
    @Description("Measures advancing the initiative, by the plan's issue date: how it runs through the plans.")
    public List<@NonNull MeasureConnection> initiativeMeasures(@Source List<Initiative> initiatives, Integer first,
            String after) throws GraphQLException {
        return reads.measurePages(initiatives, i -> i.row, i -> i.id, null, first, after);
    }

    // ---- Indicator, Source, SearchHit --------------------------------------------------------------

    @Name("measure")
    @Description("The measure stating the indicator; null when a section's text states it.")
    public List<Measure> indicatorMeasure(@Source List<Indicator> indicators) throws GraphQLException {
        return reads.ones(indicators, i -> i.row, i -> i.id, Measure::from);
    }

    @Name("section")
    @Description("The section stating the indicator; null when a measure states it.")
    public List<Section> indicatorSection(@Source List<Indicator> indicators) throws GraphQLException {
        return reads.ones(indicators, i -> i.row, i -> i.id, Section::from);
    }

    @Name("document")
    public List<@NonNull Document> indicatorDocument(@Source List<Indicator> indicators) throws GraphQLException {
        return reads.ones(indicators, i -> i.row, i -> i.id, Document::from);
    }

    @Name("document")
    @Description("The document the quote is from.")
    public List<@NonNull Document> sourceDocument(@Source List<org.policygraph.api.schema.Source> sources)
            throws GraphQLException {
        if (sources.stream().allMatch(s -> s.row != null && s.row.containsKey("document"))) {
            return sources.stream().map(s -> Document.from(Rows.map(s.row, "document"))).toList(); // read with it
        }
        // a source has no key of its own: its document is found by the document id it was read with
        return reads.byKeys("Document", ids(sources, s -> s.documentId), Document::from);
    }

    @Name("document")
    public List<@NonNull Document> hitDocument(@Source List<SearchHit> hits) {
        return hits.stream().map(h -> Document.from(Rows.map(h.row, "document"))).toList(); // the search read it
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

    // ---- generic actors: their roles are a list of their own, beside the departments' roles, so that
    // DepartmentRole.department stays one body ------------------------------------------------------

    @Name("genericActorRoles")
    @Description("Roles generic actors (各区人民政府, 各相关部门, 行业协会, 市政府分管领导 …) hold on the measure, with the text "
            + "that states them; departments' roles are in `roles`.")
    public List<@NonNull List<@NonNull GenericActorRole>> measureGenericActorRoles(@Source List<Measure> measures)
            throws GraphQLException {
        return reads.lists(measures, m -> m.row, m -> m.id, GenericActorRole::from);
    }

    @Name("genericActorRoles")
    @Description("Roles generic actors hold for the whole section (e.g. 由市人民政府主要负责同志领衔 in a 保障措施 chapter), "
            + "with the text that states them; departments' roles are in `roles`.")
    public List<@NonNull List<@NonNull GenericActorRole>> sectionGenericActorRoles(@Source List<Section> sections)
            throws GraphQLException {
        return reads.lists(sections, s -> s.row, s -> s.id, GenericActorRole::from);
    }

    @Name("roles")
    @Description("Every role the actor holds, on measures and on sections, across all plans, by document then "
            + "document order.")
    public List<@NonNull List<@NonNull GenericActorRole>> actorRoles(@Source List<GenericActor> actors)
            throws GraphQLException {
        return reads.lists(actors, a -> a.row, a -> a.id, GenericActorRole::from);
    }

    // ---- metrics ---------------------------------------------------------------------------------------

    @Name("series")
    @Description("Every indicator of the metric across all plans, ordered by year (undated last), actuals before "
            + "baselines before targets, then by the plan's issue date.")
    public List<@NonNull List<@NonNull MetricPoint>> series(@Source List<Metric> metrics) throws GraphQLException {
        return reads.lists(metrics, m -> m.row, m -> m.id, MetricPoint::from);
    }

    @Name("metric")
    @Description("The metric this indicator measures, where the curated metrics name it.")
    public List<Metric> indicatorMetric(@Source List<Indicator> indicators) throws GraphQLException {
        return reads.ones(indicators, i -> i.row, i -> i.id, Metric::from);
    }

    // ---- uncurated bodies (curated: false): where a submitted plan first named them; curated ones come
    // from graph-seed/vocabulary and have no quote of their own, so theirs is null -----------------------

    @Name("source")
    @Description("For a department found in a submitted plan but not in the vocabulary (curated: false): the document, "
            + "location and verbatim text it was first read from; null for a curated department.")
    public List<org.policygraph.api.schema.Source> departmentSource(@Source List<Department> departments)
            throws GraphQLException {
        return reads.ones(departments, d -> d.row, d -> d.id, NestedFields::uncuratedSource);
    }

    @Name("source")
    @Description("For a park or zone found in a submitted plan but not in the vocabulary (curated: false): the "
            + "document, location and verbatim text it was first read from; null for a curated park.")
    public List<org.policygraph.api.schema.Source> parkSource(@Source List<Park> parks) throws GraphQLException {
        return reads.ones(parks, p -> p.row, p -> p.id, NestedFields::uncuratedSource);
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static <T> List<String> ids(List<T> parents, java.util.function.Function<T, String> id) {
        return parents.stream().map(p -> { String v = id.apply(p); return v == null ? "" : v; }).toList();
    }

    private static org.policygraph.api.schema.Source uncuratedSource(Map<String, Object> read) {
        return Rows.source(Map.of("source", read));
    }
}
