package org.policygraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.neo4j.driver.Record;
import org.policygraph.graph.CypherParams;
import org.policygraph.graph.MeasureConditions.Anchor;
import org.policygraph.graph.MeasureProperties;
import org.policygraph.graph.PageParent;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Context;

/** The root queries. Unknown ids and names give null (or an empty connection), never an error. */
@GraphQLApi
public class PolicyGraphQueries {

    @Inject
    GraphQueries graph;

    @Inject
    Context context;

    @Query
    @Description("All plans, seeded and ingested, oldest first (undated drafts last).")
    public @NonNull List<@NonNull Document> documents() throws GraphQLException {
        return graph.rows("read/documents", Map.of()).stream()
                .map(r -> Document.from(r.get("item").asMap())).toList();
    }

    @Query
    @Description("A plan (or cited document) by id; null if there is none.")
    public Document document(@NonNull @Id String id) throws GraphQLException {
        String documentId = GlobalId.key("Document", Filters.text("id", id));
        MeasurePageStatement measures = pageInTheSameStatement("measures", Anchor.DOCUMENT,
                MeasurePageStatement.positionOrder(), PageParent.DOCUMENT);
        if (measures == null) {
            return graph.onePerId("read/documents-by-id", List.of(documentId), "item", Document::from).get(0);
        }
        var result = graph.parentAndPage(measures.template(), measures.slots(), measures.params(), documentId,
                measures.page(), Document::from, Measure::from);
        Document document = result.parent();
        if (document != null) {
            document.prefetchedMeasures = measures.connection(result.page(), document.id);
        }
        return document;
    }

    /**
     * The statement that brings the parent's page of {@code field} along when the query selects that field once and
     * without a filter (the usual "a plan and its first measures", "what a department leads"): one statement instead
     * of two. Otherwise null, and the nested field runs its own — also when its page arguments are invalid, so that
     * the error is reported at that field, as always.
     */
    private MeasurePageStatement pageInTheSameStatement(String field, Anchor anchor, List<MeasureOrder> order,
            PageParent parent) {
        List<SelectedField> selected = context.unwrap(DataFetchingEnvironment.class).getSelectionSet()
                .getImmediateFields().stream().filter(f -> f.getName().equals(field)).toList();
        if (selected.size() != 1 || selected.get(0).getArguments().get("filter") != null) {
            return null;
        }
        Map<String, Object> arguments = selected.get(0).getArguments();
        // A variable's value can arrive here uncoerced (a JSON number that is not yet an Integer): then the nested
        // field, which gets the coerced value, runs its own statement.
        if (!(arguments.get("first") == null || arguments.get("first") instanceof Integer)
                || !(arguments.get("after") == null || arguments.get("after") instanceof String)) {
            return null;
        }
        try {
            return MeasurePageStatement.of(anchor, null, order, (Integer) arguments.get("first"),
                    (String) arguments.get("after"), selected.get(0).getSelectionSet(), parent);
        } catch (GraphQLException invalidPage) {
            return null;
        }
    }

    @Query
    @Description("A department by canonical name or any alias (商务局 finds 市商务局; 商务部 is the national ministry); null if unknown.")
    public Department department(@NonNull String name) throws GraphQLException {
        String nameOrAlias = Filters.text("name", name);
        MeasurePageStatement leads = pageInTheSameStatement("leads", Anchor.LED_BY, List.of(),
                PageParent.DEPARTMENT_NAMED);
        if (leads == null) {
            return one("read/department-by-name", Map.of("name", nameOrAlias), Department::from);
        }
        var result = graph.parentAndPage(leads.template(), leads.slots(), leads.params(), nameOrAlias, leads.page(),
                Department::from, Measure::from);
        Department department = result.parent();
        if (department != null) {
            department.prefetchedLeads = leads.connection(result.page(), department.id);
        }
        return department;
    }

    @Query
    @Description("Departments, by name.")
    public @NonNull DepartmentConnection departments(DepartmentFilter filter, Integer first, String after)
            throws GraphQLException {
        Page page = Page.of(first, after);
        CypherParams params = new CypherParams();
        String where = Filters.departmentWhere(filter, params);
        var result = graph.page("read/departments-page", Map.of("WHERE", where), params, page, Department::from);
        return DepartmentConnection.of(page, result.items(), result.total());
    }

    @Query
    @Description("A park or zone by name or alias (东湖新技术开发区 finds 光谷); null if unknown.")
    public Park park(@NonNull String name) throws GraphQLException {
        return one("read/park-by-name", Map.of("name", Filters.text("name", name)), Park::from);
    }

    @Query
    @Description("Parks and zones, by name.")
    public @NonNull ParkConnection parks(Integer first, String after) throws GraphQLException {
        Page page = Page.of(first, after);
        var result = graph.page("read/parks-page", Map.of(), new CypherParams(), page, Park::from);
        return ParkConnection.of(page, result.items(), result.total());
    }

    @Query
    @Description("An initiative by name or alias; null if unknown.")
    public Initiative initiative(@NonNull String name) throws GraphQLException {
        return one("read/initiative-by-name", Map.of("name", Filters.text("name", name)), Initiative::from);
    }

    @Query
    @Description("All initiatives, by name.")
    public @NonNull List<@NonNull Initiative> initiatives() throws GraphQLException {
        return graph.rows("read/initiatives-all", Map.of()).stream()
                .map(r -> Initiative.from(r.get("item").asMap())).toList();
    }

    @Query
    @Description("A measure by id; null if there is none.")
    public Measure measure(@NonNull @Id String id) throws GraphQLException {
        return graph.onePerId("read/measures-by-id", List.of(GlobalId.key("Measure", Filters.text("id", id))), "item", Measure::from).get(0);
    }

    @Query
    @Description("A section by id; null if there is none.")
    public Section section(@NonNull @Id String id) throws GraphQLException {
        return graph.onePerId("read/sections-by-id", List.of(GlobalId.key("Section", Filters.text("id", id))), "item", Section::from).get(0);
    }

    @Query
    @Description("Measures across all plans matching a filter; by default ordered by the plan's issue date, then document order.")
    public @NonNull MeasureConnection measures(MeasureFilter filter, @DefaultValue("[]") List<@NonNull MeasureOrder> orderBy, Integer first,
            String after) throws GraphQLException {
        Page page = Page.of(first, after);
        CypherParams params = new CypherParams();
        Map<String, String> slots = Map.of("WHERE", Filters.measureWhere(filter, params),
                "ORDER", Filters.measureOrder(orderBy));
        var result = graph.page("read/measures-page", slots, params, page, Measure::from);
        MeasureConnection connection = MeasureConnection.of(page, result.items(), result.total());
        connection.facetScope = FacetFields.scope(FacetScope.ALL_MEASURES, slots.get("WHERE"), params, "");
        return connection;
    }

    @Query
    @Description("Indicators (targets and baselines) matching a filter; by default in document order.")
    public @NonNull IndicatorConnection indicators(IndicatorFilter filter, @DefaultValue("[]") List<@NonNull IndicatorOrder> orderBy,
            Integer first, String after) throws GraphQLException {
        Page page = Page.of(first, after);
        CypherParams params = new CypherParams();
        Map<String, String> slots = Map.of("WHERE", Filters.indicatorWhere(filter, params),
                "ORDER", Filters.indicatorOrder(orderBy));
        String statement = Filters.indicatorsByKindAndYear(filter)
                ? "read/indicators-page-by-kind-and-year" : "read/indicators-page";
        var result = graph.page(statement, slots, params, page, Indicator::from);
        IndicatorConnection connection = IndicatorConnection.of(page, result.items(), result.total());
        connection.facetScope = FacetFields.scope(null, slots.get("WHERE"), params, "");
        return connection;
    }

    @Query
    @Description("Chinese full-text search over measures and sections, best first. Needs at least two characters "
            + "(the index matches pairs of characters); exact phrase matches rank above partial ones.")
    public @NonNull List<@NonNull SearchHit> search(@NonNull String text, Integer first) throws GraphQLException {
        FullTextQuery query = FullTextQuery.of(Filters.text("text", text));
        List<SearchHit> hits = new ArrayList<>();
        for (Record r : graph.rows("read/search", Map.of("PROPERTIES", MeasureProperties.ALL),
                query.parameters(searchLimit(first)))) {
            hits.add(SearchHit.from(r, query));
        }
        return hits;
    }

    /** The number of hits {@code search} returns: 10 unless asked, within the bounds of every page. */
    public static int searchLimit(Integer first) throws GraphQLException {
        return Page.of(first == null ? 10 : first, null).limit();
    }

    private <T> T one(String statement, Map<String, Object> params, Function<Map<String, Object>, T> mapper)
            throws GraphQLException {
        List<Record> rows = graph.rows(statement, params);
        return rows.isEmpty() ? null : mapper.apply(rows.get(0).get("item").asMap());
    }
}
