package org.policygraph.api.resolve;

import org.policygraph.api.schema.Department;
import org.policygraph.api.schema.DepartmentConnection;
import org.policygraph.api.schema.DepartmentFilter;
import org.policygraph.api.schema.Document;
import org.policygraph.api.facet.FacetScope;
import org.policygraph.api.Filters;
import org.policygraph.api.FullTextQuery;
import org.policygraph.api.schema.Indicator;
import org.policygraph.api.schema.IndicatorConnection;
import org.policygraph.api.schema.IndicatorFilter;
import org.policygraph.api.schema.IndicatorOrder;
import org.policygraph.api.schema.Initiative;
import org.policygraph.api.schema.Measure;
import org.policygraph.api.schema.MeasureConnection;
import org.policygraph.api.schema.MeasureFilter;
import org.policygraph.api.schema.MeasureOrder;
import org.policygraph.api.Page;
import org.policygraph.api.schema.Park;
import org.policygraph.api.schema.ParkConnection;
import org.policygraph.api.schema.SearchHit;
import org.policygraph.api.schema.Section;
import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.policygraph.graph.CypherParams;

/**
 * The root queries. Each validates its arguments (a refused one is reported at its field) and reads its value with
 * whatever the query selects under it in one statement ({@link PlannedReads}). Unknown ids and names give null (or
 * an empty connection), never an error. Each returns a CompletionStage: the engine runs it on the event loop and the
 * statement on the driver's async API, so no resolver waits for Neo4j in the one-per-event-loop lane of blocking
 * resolvers (quarkusio/quarkus#54361); the nested fields mostly take their values from the root's rows.
 */
@GraphQLApi
public class PolicyGraphQueries {

    @Inject
    PlannedReads reads;

    @Query
    @Description("All plans, seeded and ingested, oldest first (undated drafts last).")
    public CompletionStage<@NonNull List<@NonNull Document>> documents() throws GraphQLException {
        return reads.list(Document::from);
    }

    @Query
    @Description("A plan (or cited document) by id; null if there is none.")
    public CompletionStage<Document> document(@NonNull @Id String id) throws GraphQLException {
        Filters.text("id", id);
        return reads.one(Document::from);
    }

    @Query
    @Description("A department by canonical name or any alias (商务局 finds 市商务局; 商务部 is the national ministry); null if unknown.")
    public CompletionStage<Department> department(@NonNull String name) throws GraphQLException {
        Filters.text("name", name);
        return reads.one(Department::from);
    }

    @Query
    @Description("Departments, by name.")
    public CompletionStage<@NonNull DepartmentConnection> departments(DepartmentFilter filter, Integer first, String after)
            throws GraphQLException {
        Page page = Page.of(first, after);
        Filters.departmentWhere(filter, new CypherParams());
        return reads.page(Department::from)
                .thenApply(result -> DepartmentConnection.of(page, result.items(), result.total()));
    }

    @Query
    @Description("A park or zone by name or alias (东湖新技术开发区 finds 光谷); null if unknown.")
    public CompletionStage<Park> park(@NonNull String name) throws GraphQLException {
        Filters.text("name", name);
        return reads.one(Park::from);
    }

    @Query
    @Description("Parks and zones, by name.")
    public CompletionStage<@NonNull ParkConnection> parks(Integer first, String after) throws GraphQLException {
        Page page = Page.of(first, after);
        return reads.page(Park::from).thenApply(result -> ParkConnection.of(page, result.items(), result.total()));
    }

    @Query
    @Description("An initiative by name or alias; null if unknown.")
    public CompletionStage<Initiative> initiative(@NonNull String name) throws GraphQLException {
        Filters.text("name", name);
        return reads.one(Initiative::from);
    }

    @Query
    @Description("All initiatives, by name.")
    public CompletionStage<@NonNull List<@NonNull Initiative>> initiatives() throws GraphQLException {
        return reads.list(Initiative::from);
    }

    @Query
    @Description("A measure by id; null if there is none.")
    public CompletionStage<Measure> measure(@NonNull @Id String id) throws GraphQLException {
        Filters.text("id", id);
        return reads.one(Measure::from);
    }

    @Query
    @Description("A section by id; null if there is none.")
    public CompletionStage<Section> section(@NonNull @Id String id) throws GraphQLException {
        Filters.text("id", id);
        return reads.one(Section::from);
    }

    @Query
    @Description("Measures across all plans matching a filter; by default ordered by the plan's issue date, then document order.")
    public CompletionStage<@NonNull MeasureConnection> measures(MeasureFilter filter, @DefaultValue("[]") List<@NonNull MeasureOrder> orderBy, Integer first,
            String after) throws GraphQLException {
        Page page = Page.of(first, after);
        CypherParams params = new CypherParams();
        String where = Filters.measureWhere(filter, params);
        return reads.page(Measure::from).thenApply(result -> {
            MeasureConnection connection = MeasureConnection.of(page, result.items(), result.total());
            connection.facetScope = FacetScope.of(FacetScope.ALL_MEASURES, where, params, "");
            return connection;
        });
    }

    @Query
    @Description("Indicators (targets and baselines) matching a filter; by default in document order.")
    public CompletionStage<@NonNull IndicatorConnection> indicators(IndicatorFilter filter, @DefaultValue("[]") List<@NonNull IndicatorOrder> orderBy,
            Integer first, String after) throws GraphQLException {
        Page page = Page.of(first, after);
        CypherParams params = new CypherParams();
        String where = Filters.indicatorWhere(filter, params);
        return reads.page(Indicator::from).thenApply(result -> {
            IndicatorConnection connection = IndicatorConnection.of(page, result.items(), result.total());
            connection.facetScope = FacetScope.of(null, where, params, "");
            return connection;
        });
    }

    @Query
    @Description("Chinese full-text search over measures and sections, best first. Needs at least two characters "
            + "(the index matches pairs of characters); exact phrase matches rank above partial ones.")
    public CompletionStage<@NonNull List<@NonNull SearchHit>> search(@NonNull String text, Integer first) throws GraphQLException {
        FullTextQuery.of(Filters.text("text", text));
        searchLimit(first);
        return reads.list(SearchHit::from);
    }

    /** The number of hits {@code search} returns: 10 unless asked, within the bounds of every page. */
    public static int searchLimit(Integer first) throws GraphQLException {
        return Page.of(first == null ? 10 : first, null).limit();
    }

}
