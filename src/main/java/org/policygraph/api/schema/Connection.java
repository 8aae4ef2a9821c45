package org.policygraph.api.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.policygraph.read.plan.Page;

/**
 * The fields every Relay connection has, once; each XConnection names its item and edge types, which the engine
 * resolves for these fields (MeasureConnection.edges is [MeasureEdge!]!).
 */
public abstract class Connection<T, E extends Edge<T>> {
    @NonNull
    public List<@NonNull E> edges;
    @NonNull
    @Description("The page's items without cursors.")
    public List<@NonNull T> nodes;
    @NonNull
    public PageInfo pageInfo;
    @NonNull
    @Description("How many items match in all, across pages.")
    public int totalCount;

    /** This connection holding {@code items}, the page at {@code page} of {@code total}, each with its cursor. */
    <C extends Connection<T, E>> C fill(Page page, List<T> items, long total, Supplier<E> edge,
            IntFunction<String> cursor) {
        nodes = items;
        edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            E e = edge.get();
            e.cursor = cursor.apply(i);
            e.node = items.get(i);
            edges.add(e);
        }
        pageInfo = PageInfo.of(page, items.size(), total, cursor);
        totalCount = (int) total;
        @SuppressWarnings("unchecked")
        C self = (C) this;
        return self;
    }

    <C extends Connection<T, E>> C fill(Page page, List<T> items, long total, Supplier<E> edge) {
        return fill(page, items, total, edge, i -> Page.cursor(page.skip() + i));
    }
}
