package org.policygraph.api.schema;

import org.policygraph.read.plan.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Relay page information.")
public class PageInfo {
    @NonNull
    @Description("Whether more items follow this page.")
    public boolean hasNextPage;
    @NonNull
    @Description("Whether items precede this page.")
    public boolean hasPreviousPage;
    @Description("Cursor of the first item of this page; null for an empty page.")
    public String startCursor;
    @Description("Cursor of the last item of this page, to pass as `after` for the next page; null for an empty page.")
    public String endCursor;

    /** The page info of a page of {@code returned} items of {@code total}, the i-th item's cursor from {@code cursors}. */
    public static PageInfo of(Page page, int returned, long total, java.util.function.IntFunction<String> cursors) {
        PageInfo info = new PageInfo();
        info.hasPreviousPage = page.skip() > 0;
        info.hasNextPage = page.skip() + returned < total;
        info.startCursor = returned == 0 ? null : cursors.apply(0);
        info.endCursor = returned == 0 ? null : cursors.apply(returned - 1);
        return info;
    }
}
