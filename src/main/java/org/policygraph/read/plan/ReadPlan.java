package org.policygraph.read.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;


/**
 * One statement that answers a request's root fields: column {@code r<i>} holds root field i's value, read by field
 * name as the shapes (read.shape) define it. {@code pages}: the page arguments of each connection selection.
 */
public record ReadPlan(String cypher, Map<String, Object> parameters, List<Selection> roots,
        IdentityHashMap<Selection, Page> pages, List<RootFields.Finish> finishes) {

    /** The page a connection selection was read with. */
    public Page page(Selection connection) {
        Page page = pages.get(connection);
        if (page == null) {
            throw new Selection.NotPlanned(connection.name() + " was not read as a page");
        }
        return page;
    }

    /** The result row with what is done after the statement (search snippets cut from the matched text). */
    public Map<String, Object> finish(Map<String, Object> row) {
        if (finishes.isEmpty()) {
            return row;
        }
        Map<String, Object> finished = new HashMap<>(row);
        for (RootFields.Finish finish : finishes) {
            List<Object> hits = new ArrayList<>();
            for (Object hit : (List<?>) row.get(finish.column())) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = new HashMap<>((Map<String, Object>) hit);
                if (fields.get("snippet") instanceof Map<?, ?> text) {
                    String title = (String) text.get("title");
                    String body = text.get("text") == null ? "" : text.get("text").toString();
                    fields.put("snippet", finish.query().snippet(title == null || body.contains(title) ? body
                            : title + "。" + body));
                }
                hits.add(fields);
            }
            finished.put(finish.column(), hits);
        }
        return finished;
    }
}
