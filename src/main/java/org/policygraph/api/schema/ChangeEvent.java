package org.policygraph.api.schema;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.neo4j.driver.Record;
import org.policygraph.api.ApiErrors;
import org.policygraph.read.plan.GlobalId;

/** One change as the changes subscription reports it: what an anonymous reader may know (no actor, no summary). */
@Type("ChangeEvent")
@Description("A change to the graph (a plan ingested, replaced or retracted; an alias added), as the `changes` "
        + "subscription reports it. Who made it (Change.actor) stays editors-only.")
public class ChangeEvent {

    private static final String CURSOR_PREFIX = "ch:";

    @NonNull
    @Description("Pass as `changes(after:)` to resume after this event without loss, e.g. after a reconnect.")
    public String cursor;

    @Id
    @NonNull
    @Description("The change's global id (\"Change:<uuid>\"): editors fetch the full record with node(id:).")
    public String id;

    @NonNull
    @Description("INGEST_DOCUMENT, RETRACT_DOCUMENT, ADD_DEPARTMENT_ALIAS or ADD_PARK_ALIAS.")
    public String kind;

    @Description("The key of the node changed (document, department or park), as arguments take it.")
    public String target;

    @NonNull
    @Description("When, ISO-8601 with offset.")
    public String at;

    @Description("The document concerned, if any (its key: document(id:) takes it).")
    public String documentId;

    public static ChangeEvent from(Record r) {
        ChangeEvent e = Rows.fill(ChangeEvent::new, r.asMap());
        e.cursor = cursor(r.get("seq").asLong());
        e.id = GlobalId.of("Change", e.id);
        return e;
    }

    /** The cursor of the change numbered {@code seq} in the change sequence (write/change). */
    public static String cursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The sequence number a cursor names. */
    public static long sequence(String cursor) throws ApiErrors.BadUserInput {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(CURSOR_PREFIX)) {
                long seq = Long.parseLong(decoded.substring(CURSOR_PREFIX.length()));
                if (seq >= 0) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through: not base64, or not a number
        }
        throw new ApiErrors.BadUserInput("after is not a change cursor this API issued");
    }
}
