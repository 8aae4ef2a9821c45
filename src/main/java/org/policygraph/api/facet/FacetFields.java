package org.policygraph.api.facet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.policygraph.read.plan.Page;
import org.policygraph.api.facet.FacetValues.BooleanFacet;
import org.policygraph.api.facet.FacetValues.ComparatorFacet;
import org.policygraph.api.facet.FacetValues.DepartmentFacet;
import org.policygraph.api.facet.FacetValues.DocumentFacet;
import org.policygraph.api.facet.FacetValues.IndicatorKindFacet;
import org.policygraph.api.facet.FacetValues.InitiativeFacet;
import org.policygraph.api.facet.FacetValues.IntFacet;
import org.policygraph.api.facet.FacetValues.ParkFacet;
import org.policygraph.api.facet.FacetValues.StringFacet;
import org.policygraph.api.resolve.GraphQueries;
import org.policygraph.api.resolve.PlannedReads;
import org.policygraph.api.schema.Department;
import org.policygraph.api.schema.Document;
import org.policygraph.api.schema.IndicatorConnection;
import org.policygraph.api.schema.Initiative;
import org.policygraph.api.schema.MeasureConnection;
import org.policygraph.api.schema.Park;
import org.policygraph.graph.MeasureConditions.Parents;
import org.policygraph.model.IndicatorKind;
import org.policygraph.model.TargetComparator;

/**
 * Facets: per connection, one statement ({@code read/measure-facets}, {@code read/indicator-facets}) counts the
 * connection's matches by every facet the query selects under {@code facets}, over the match its page statement
 * uses; an unfiltered measure list reads its stored counts instead ({@code read/measure-facets-counted}, O(values)),
 * and so does a root list whose filter only names one department, park or initiative (read/facet-parents finds it)
 * or asks hasIndicator alone; an indicator list filtered by kinds and years alone sums the stored counts of those
 * ({@code read/indicator-facets-counted}, O(kinds × years × values)).
 * Connections of one batch with the same filter (a nested connection's parents) share the statement.
 */
@GraphQLApi
public class FacetFields {

    static final List<String> MEASURE_GROUPS = List.of("leadDepartments", "supportingDepartments", "documents", "parks",
            "initiatives");
    static final List<String> INDICATOR_GROUPS = List.of("years", "units", "documents");

    @Inject
    GraphQueries graph;

    @Inject
    Context context;

    @Inject
    PlannedReads reads;

    // ---- MeasureConnection.facets --------------------------------------------------------------------

    @Name("facets")
    @Description("Counts per lead department, supporting department, document, park, initiative and hasIndicator over "
            + "all the measures this connection matches, e.g. `facets { leadDepartments { value { id name } count } }`.")
    public List<@NonNull MeasureFacets> measureFacets(@Source List<MeasureConnection> connections)
            throws GraphQLException {
        // the batch may hold the facets of several connections (aliases, a connection under each of several parents),
        // each selecting its own groups, and the environment shows the selection of one of them: every group selected
        // under any `facets` of the operation is counted, each connection's field then takes its own first
        List<SelectedGroup> requested = facetGroupsOfOperation();
        Map<String, Object> limits = limits(MEASURE_GROUPS, requested);
        limits.put("hasIndicator", requested.stream().anyMatch(g -> g.name().equals("hasIndicator")));
        Map<FacetScope.Statement, List<String>> parentsByStatement = new LinkedHashMap<>();
        for (MeasureConnection c : connections) {
            parentsByStatement.computeIfAbsent(c.facetScope.statement(), s -> new ArrayList<>())
                    .add(c.facetScope.parentId());
        }
        Map<FacetScope.Statement, Map<String, MeasureFacets>> answers = new HashMap<>();
        for (var entry : parentsByStatement.entrySet()) {
            FacetScope.Statement s = entry.getKey();
            Map<String, Object> params = new HashMap<>(s.params());
            params.putAll(limits);
            params.put("ids", entry.getValue().stream().distinct().toList());
            List<Record> rows;
            String oneParent = s.namedParents() == null ? null : oneParent(s.namedParents(), s.params());
            if (oneParent != null) {
                // the filter's measures are that parent's list: its stored counts, answered for the root ('')
                params.put("anchor", s.namedParents().anchor().name());
                params.put("ids", List.of(oneParent));
                rows = graph.rows("read/measure-facets-counted", slots(Map.of()), params);
            } else if (s.counted() != null) {
                params.put("anchor", s.counted());
                rows = graph.rows("read/measure-facets-counted", slots(Map.of()), params);
            } else {
                rows = graph.rows("read/measure-facets", slots(Map.of("MATCH", s.anchor(), "WHERE", s.where())),
                        params);
            }
            Map<String, MeasureFacets> byParent = new HashMap<>();
            for (Record r : rows) {
                MeasureFacets f = new MeasureFacets();
                f.leadDepartments = facets(r, "leadDepartments", Department::from, DepartmentFacet::new);
                f.supportingDepartments = facets(r, "supportingDepartments", Department::from, DepartmentFacet::new);
                f.documents = facets(r, "documents", Document::from, DocumentFacet::new);
                f.parks = facets(r, "parks", Park::from, ParkFacet::new);
                f.initiatives = facets(r, "initiatives", Initiative::from, InitiativeFacet::new);
                f.hasIndicator = values(r, "hasIndicator", Value::asBoolean, BooleanFacet::new);
                byParent.put(oneParent != null ? "" : r.get("id").asString(), f);
            }
            answers.put(s, byParent);
        }
        return connections.stream()
                .map(c -> answers.get(c.facetScope.statement()).get(c.facetScope.parentId())).toList();
    }

    /** The id of the one node the filter's name names, or null where it names none or several. */
    private String oneParent(Parents parents, Map<String, Object> params) throws GraphQLException {
        List<Record> found = graph.rows("read/facet-parents", Map.of("PARENTS", parents.parents()), params);
        return found.size() == 1 ? found.get(0).get("id").asString() : null;
    }

    @Description("Lead (牵头) departments.")
    public @NonNull List<@NonNull DepartmentFacet> leadDepartments(@Source MeasureFacets f,
            @DefaultValue("20") int first) throws GraphQLException {
        return top(f.leadDepartments, first);
    }

    @Description("Supporting (配合) departments.")
    public @NonNull List<@NonNull DepartmentFacet> supportingDepartments(@Source MeasureFacets f,
            @DefaultValue("20") int first) throws GraphQLException {
        return top(f.supportingDepartments, first);
    }

    @Name("documents")
    @Description("The plans the measures are in.")
    public @NonNull List<@NonNull DocumentFacet> measureDocuments(@Source MeasureFacets f,
            @DefaultValue("20") int first) throws GraphQLException {
        return top(f.documents, first);
    }

    @Description("Parks and zones the measures concern.")
    public @NonNull List<@NonNull ParkFacet> parks(@Source MeasureFacets f, @DefaultValue("20") int first)
            throws GraphQLException {
        return top(f.parks, first);
    }

    @Description("Initiatives the measures advance.")
    public @NonNull List<@NonNull InitiativeFacet> initiatives(@Source MeasureFacets f, @DefaultValue("20") int first)
            throws GraphQLException {
        return top(f.initiatives, first);
    }

    @Description("Whether the measures state an indicator (true / false), as the hasIndicator filter.")
    public @NonNull List<@NonNull BooleanFacet> hasIndicator(@Source MeasureFacets f) {
        return f.hasIndicator;
    }

    // ---- IndicatorConnection.facets ------------------------------------------------------------------

    @Name("facets")
    @Description("Counts per year, kind, comparator, unit and document over all the indicators this connection "
            + "matches, e.g. `facets { years { value count } }`.")
    public @NonNull IndicatorFacets indicatorFacets(@Source IndicatorConnection connection) throws GraphQLException {
        Map<String, Object> params = new HashMap<>(connection.facetScope.params());
        List<SelectedGroup> requested = facetGroupsOfField();
        params.putAll(limits(INDICATOR_GROUPS, requested));
        params.put("kinds", requested.stream().anyMatch(g -> g.name().equals("kinds")));
        params.put("comparators", requested.stream().anyMatch(g -> g.name().equals("comparators")));
        String statement = FacetScope.KIND_AND_YEAR.equals(connection.facetScope.counted())
                ? "read/indicator-facets-counted" : "read/indicator-facets";
        Record r = graph.rows(statement, slots(Map.of("WHERE", connection.facetScope.where())), params).get(0);
        IndicatorFacets f = new IndicatorFacets();
        f.years = values(r, "years", Value::asInt, IntFacet::new);
        f.kinds = values(r, "kinds", v -> IndicatorKind.valueOf(v.asString()), IndicatorKindFacet::new);
        f.comparators = values(r, "comparators", v -> TargetComparator.valueOf(v.asString()), ComparatorFacet::new);
        f.units = values(r, "units", Value::asString, StringFacet::new);
        f.documents = facets(r, "documents", Document::from, DocumentFacet::new);
        return f;
    }

    @Description("Target or baseline years.")
    public @NonNull List<@NonNull IntFacet> years(@Source IndicatorFacets f, @DefaultValue("20") int first)
            throws GraphQLException {
        return top(f.years, first);
    }

    @Description("Indicator kinds.")
    public @NonNull List<@NonNull IndicatorKindFacet> kinds(@Source IndicatorFacets f) {
        return f.kinds;
    }

    @Description("Comparators (ACTUAL for reported baselines).")
    public @NonNull List<@NonNull ComparatorFacet> comparators(@Source IndicatorFacets f) {
        return f.comparators;
    }

    @Description("Units as printed.")
    public @NonNull List<@NonNull StringFacet> units(@Source IndicatorFacets f, @DefaultValue("20") int first)
            throws GraphQLException {
        return top(f.units, first);
    }

    @Name("documents")
    @Description("The plans stating the indicators.")
    public @NonNull List<@NonNull DocumentFacet> indicatorDocuments(@Source IndicatorFacets f,
            @DefaultValue("20") int first) throws GraphQLException {
        return top(f.documents, first);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /**
     * Per facet group: the {@code first} the query asks of it under this {@code facets} field (the largest, should
     * aliases repeat it), validated like any page size; 0 when it is not selected, so that the statement skips it.
     */
    /** A group selected under {@code facets}, with its {@code first} argument (null: the default). */
    private record SelectedGroup(String name, Object first) {
    }

    /** Per group, the largest page any selection of it asks for; 0 for a group nobody selected. */
    private static Map<String, Object> limits(List<String> groups, List<SelectedGroup> requested)
            throws GraphQLException {
        Map<String, Object> limits = new HashMap<>();
        for (String group : groups) {
            int limit = 0;
            for (SelectedGroup g : requested) {
                if (g.name().equals(group)) {
                    limit = Math.max(limit, Page.of(g.first() instanceof Number n ? n.intValue() : null, null).limit());
                }
            }
            limits.put(group, limit);
        }
        return limits;
    }

    /** The groups selected under this {@code facets} field. */
    private List<SelectedGroup> facetGroupsOfField() {
        return context.unwrap(DataFetchingEnvironment.class).getSelectionSet().getImmediateFields().stream()
                .map(f -> new SelectedGroup(f.getName(), f.getArguments().get("first"))).toList();
    }

    /** The groups selected under every {@code facets} field of the operation, fragments included. */
    private List<SelectedGroup> facetGroupsOfOperation() {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        List<SelectedGroup> groups = new ArrayList<>();
        collectFacetGroups(env.getOperationDefinition().getSelectionSet(), env, false, groups, new HashSet<>());
        return groups;
    }

    private static void collectFacetGroups(graphql.language.SelectionSet set, DataFetchingEnvironment env,
                                           boolean underFacets, List<SelectedGroup> groups, Set<String> fragments) {
        if (set == null) {
            return;
        }
        for (graphql.language.Selection<?> selection : set.getSelections()) {
            if (selection instanceof graphql.language.Field field) {
                if (underFacets) {
                    graphql.language.Argument first = field.getArguments().stream()
                            .filter(a -> a.getName().equals("first")).findFirst().orElse(null);
                    groups.add(new SelectedGroup(field.getName(), first == null ? null : valueOf(first.getValue(), env)));
                } else {
                    collectFacetGroups(field.getSelectionSet(), env, field.getName().equals("facets"), groups,
                            fragments);
                }
            } else if (selection instanceof graphql.language.InlineFragment inline) {
                collectFacetGroups(inline.getSelectionSet(), env, underFacets, groups, fragments);
            } else if (selection instanceof graphql.language.FragmentSpread spread && fragments.add(spread.getName())) {
                graphql.language.FragmentDefinition fragment = env.getFragmentsByName().get(spread.getName());
                collectFacetGroups(fragment == null ? null : fragment.getSelectionSet(), env, underFacets, groups,
                        fragments);
            }
        }
    }

    /** A {@code first} argument's value: an int literal or a variable's value; null otherwise (the default). */
    private static Object valueOf(graphql.language.Value<?> value, DataFetchingEnvironment env) {
        if (value instanceof graphql.language.IntValue i) {
            return i.getValue().intValue();
        }
        if (value instanceof graphql.language.VariableReference v) {
            return env.getVariables().get(v.getName());
        }
        return null;
    }

    private static <T> List<T> top(List<T> facets, int first) throws GraphQLException {
        int limit = Page.of(first, null).limit();
        return facets.size() <= limit ? facets : facets.subList(0, limit);
    }

    /** The facets of a column of {@code {value, count}} rows whose value is a node ({@code Department::from} ...). */
    private static <V, F extends FacetValues.Facet<V>> List<F> facets(Record r, String column,
            Function<Map<String, Object>, V> node, Supplier<F> facet) {
        return values(r, column, value -> node.apply(value.asMap()), facet);
    }

    /** The facets of a column of {@code {value, count}} rows. */
    private static <V, F extends FacetValues.Facet<V>> List<F> values(Record r, String column,
            Function<Value, V> value, Supplier<F> facet) {
        return r.get(column).asList(row -> facet.get().of(value.apply(row.get("value")), row.get("count").asInt()));
    }

    /** The statement's slots with the values' projections: the whole objects as their shapes (read.shape) read them. */
    private Map<String, String> slots(Map<String, String> scope) {
        Map<String, String> slots = new HashMap<>(scope);
        slots.put("DEPARTMENT", reads.whole("Department", "d"));
        slots.put("DOCUMENT", reads.whole("Document", "doc"));
        slots.put("PARK", reads.whole("Park", "p"));
        slots.put("INITIATIVE", reads.whole("Initiative", "i"));
        return slots;
    }
}
