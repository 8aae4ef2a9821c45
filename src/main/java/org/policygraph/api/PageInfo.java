package org.policygraph.api;

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

    static PageInfo of(Page page, int returned, long total) {
        PageInfo info = new PageInfo();
        info.hasPreviousPage = page.skip() > 0;
        info.hasNextPage = page.skip() + returned < total;
        info.startCursor = returned == 0 ? null : Page.cursor(page.skip());
        info.endCursor = returned == 0 ? null : Page.cursor(page.skip() + returned - 1);
        return info;
    }
}
