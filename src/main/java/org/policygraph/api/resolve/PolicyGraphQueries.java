package org.policygraph.api.resolve;

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
import org.policygraph.read.plan.Filters;
import org.policygraph.read.plan.Page;
import org.policygraph.api.facet.FacetScope;
import org.policygraph.api.schema.Department;
import org.policygraph.api.schema.DepartmentConnection;
import org.policygraph.api.schema.DepartmentFilter;
import org.policygraph.api.schema.Document;
import org.policygraph.api.schema.GenericActor;
import org.policygraph.api.schema.GenericActorKind;
import org.policygraph.api.schema.Indicator;
import org.policygraph.api.schema.IndicatorConnection;
import org.policygraph.api.schema.IndicatorFilter;
import org.policygraph.api.schema.IndicatorOrder;
import org.policygraph.api.schema.Initiative;
import org.policygraph.api.schema.Measure;
import org.policygraph.api.schema.MeasureConnection;
import org.policygraph.api.schema.MeasureFilter;
import org.policygraph.api.schema.MeasureOrder;
import org.policygraph.api.schema.Metric;
import org.policygraph.api.schema.Park;
import org.policygraph.api.schema.ParkConnection;
import org.policygraph.api.schema.SearchHit;
import org.policygraph.api.schema.Section;
import org.policygraph.graph.CypherParams;
import org.policygraph.graph.MeasureConditions.Anchor;

/**
 * The root queries. Each reads its value with whatever the query selects under it in one statement
 * ({@link PlannedReads}), whose planner validates the arguments (a refused one is reported at its field). Unknown ids and names give null (or
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
        return reads.one(Document::from);
    }

    @Query
    @Description("A department by canonical name or any alias (商务局 finds 市商务局; 商务部 is the national ministry); null if "
            + "unknown. Several places' bodies may share a name (市商务局 of 武汉市 and of 连云港市): without `place` the curated "
            + "one answers, then the first by id; with `place` (连云港市, 天津市河北区) only a body of that place, of a place it "
            + "lies within, or a curated body bound to no place (商务部) — the one a plan of that place means by the name.")
    public CompletionStage<Department> department(@NonNull String name, String place) throws GraphQLException {
        return reads.one(Department::from);
    }

    @Query
    @Description("Departments, by name.")
    public CompletionStage<@NonNull DepartmentConnection> departments(DepartmentFilter filter, Integer first, String after)
            throws GraphQLException {
        Page page = Page.of(first, after);
        return reads.page(Department::from, (items, total) -> DepartmentConnection.of(page, items, total));
    }

    @Query
    @Description("A park or zone by name or alias (东湖新技术开发区 finds 光谷); null if unknown. With `place`, only a park "
            + "of that place, of a place it lies within, or bound to no place (as department(name:, place:)).")
    public CompletionStage<Park> park(@NonNull String name, String place) throws GraphQLException {
        return reads.one(Park::from);
    }

    @Query
    @Description("Parks and zones, by name.")
    public CompletionStage<@NonNull ParkConnection> parks(Integer first, String after) throws GraphQLException {
        Page page = Page.of(first, after);
        return reads.page(Park::from, (items, total) -> ParkConnection.of(page, items, total));
    }

    @Query
    @Description("An initiative by name or alias; null if unknown.")
    public CompletionStage<Initiative> initiative(@NonNull String name) throws GraphQLException {
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
        return reads.one(Measure::from);
    }

    @Query
    @Description("A section by id; null if there is none.")
    public CompletionStage<Section> section(@NonNull @Id String id) throws GraphQLException {
        return reads.one(Section::from);
    }

    @Query
    @Description("Measures across all plans matching a filter; by default ordered by the plan's issue date, then document order.")
    public CompletionStage<@NonNull MeasureConnection> measures(MeasureFilter filter, @DefaultValue("[]") List<@NonNull MeasureOrder> orderBy, Integer first,
            String after) throws GraphQLException {
        Page page = Page.of(first, after);
        CypherParams params = new CypherParams();
        String where = Filters.measureWhere(filter, params);
        var namedParents = Filters.onlyNamesParents(filter) ? Filters.measureParents(filter, params) : null;
        List<String> texts = Filters.measureTexts(filter);
        return reads.page(Measure::from, (items, total) -> {
            MeasureConnection connection = MeasureConnection.of(page, items, total);
            connection.facetScope = Filters.onlyAsksHasIndicator(filter)
                    ? FacetScope.ofMeasuresWithIndicator(filter.hasIndicator, where, params)
                    : FacetScope.ofMeasures(Anchor.ALL, where, params, "", namedParents, texts);
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
        return reads.page(Indicator::from, (items, total) -> {
            IndicatorConnection connection = IndicatorConnection.of(page, items, total);
            connection.facetScope = FacetScope.ofIndicators(where, params,
                    Filters.indicatorsCountedByKindAndYear(filter));
            return connection;
        });
    }

    @Query
    @Description("Chinese full-text search over measures and sections, best first. Needs at least two characters "
            + "(the index matches pairs of characters); exact phrase matches rank above partial ones.")
    public CompletionStage<@NonNull List<@NonNull SearchHit>> search(@NonNull String text, Integer first) throws GraphQLException {
        return reads.list(SearchHit::from);
    }

    @Query
    @Description("A generic actor by the phrase a plan prints (各区人民政府, 各相关部门, 市政府分管领导 …); null if unknown.")
    public CompletionStage<GenericActor> genericActor(@NonNull String name) throws GraphQLException {
        return reads.one(GenericActor::from);
    }

    @Query
    @Description("Generic actors, optionally of one kind, by name: the phrases of the curated vocabulary "
            + "(graph-seed/vocabulary/not-departments.tsv; curated) and those recognised in a plan from their parts "
            + "(generic-actor-parts.tsv; not curated), one node per phrase as printed.")
    public CompletionStage<@NonNull List<@NonNull GenericActor>> genericActors(GenericActorKind kind) throws GraphQLException {
        return reads.list(GenericActor::from);
    }

    @Query
    @Description("A metric by its name or an alias (社零额 = 社会消费品零售总额); null if unknown. A spelling that is "
            + "the name of one metric wins over an alias of another.")
    public CompletionStage<Metric> metric(@NonNull String name) throws GraphQLException {
        return reads.one(Metric::from);
    }

    @Query
    @Description("All metrics, by name.")
    public CompletionStage<@NonNull List<@NonNull Metric>> metrics() throws GraphQLException {
        return reads.list(Metric::from);
    }
}
