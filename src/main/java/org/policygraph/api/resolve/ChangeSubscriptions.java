package org.policygraph.api.resolve;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.policygraph.api.ApiErrors;
import org.policygraph.read.plan.Filters;
import org.policygraph.api.schema.ChangeEvent;
import org.policygraph.config.PolicyGraphConfig;
import org.policygraph.graph.Cypher;
import org.policygraph.graph.GraphReads;

/**
 * Live changes over WebSocket ({@code graphql-transport-ws} on /graphql). Each subscription polls the audit trail
 * by sequence number (read/changes-after) in a read transaction, so it works on every replica and on Neo4j
 * Community without CDC, and a cursor resumes exactly after the last event seen. At most
 * {@code policy-graph.subscriptions.max-per-replica} run at once on one replica.
 */
@GraphQLApi
@ApplicationScoped
public class ChangeSubscriptions {

    /** Changes delivered per poll at most; the next poll continues where it stopped. */
    static final int POLL_LIMIT = 100;

    @Inject
    PolicyGraphConfig config;

    @Inject
    GraphReads reads;

    private final AtomicInteger open = new AtomicInteger();

    @Subscription("changes")
    @Description("Changes as they are committed: plans ingested, replaced or retracted, aliases added. Without `after`, "
            + "from now on; with the cursor of an event received earlier, every change after it, then live (resume "
            + "after a reconnect without loss). Over WebSocket, sub-protocol graphql-transport-ws, path /graphql. "
            + "Delivered within about a second (policy-graph.subscriptions.poll-interval); at most "
            + "policy-graph.subscriptions.max-per-replica subscriptions per replica (TOO_MANY_SUBSCRIPTIONS past it).")
    // ChangeEvent, not ChangeEvent!: SmallRye reports a refused subscription as one result whose data is null, which
    // a non-null type would turn into an internal error instead of the refusal's code and message.
    public Multi<ChangeEvent> changes(String after) {
        // Refusals travel as the stream's failure: SmallRye then reports them with their code and message.
        long start;
        try {
            start = after == null ? -1 : ChangeEvent.sequence(Filters.text("after", after));
        } catch (GraphQLException badCursor) {
            return Multi.createFrom().failure(badCursor);
        }
        int maxPerReplica = config.subscriptions().maxPerReplica();
        if (open.incrementAndGet() > maxPerReplica) {
            open.decrementAndGet();
            return Multi.createFrom().failure(new ApiErrors.TooManySubscriptions("this replica serves at most "
                    + maxPerReplica + " subscriptions at once; retry later or on another replica"));
        }
        AtomicLong last = new AtomicLong(start);
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(config.subscriptions().pollInterval())
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> poll(last))
                .onItem().transformToIterable(events -> events)
                .onTermination().invoke(open::decrementAndGet);
    }

    /** How many subscriptions this replica serves now. */
    int open() {
        return open.get();
    }

    /** The changes after the last one delivered (a new subscription first learns where "now" is). */
    private Uni<List<ChangeEvent>> poll(AtomicLong last) {
        if (last.get() < 0) {
            return Uni.createFrom().completionStage(reads.runAsync(Cypher.statement("read/changes-last"), Map.of()))
                    .map(rows -> {
                        last.set(rows.get(0).get("seq").asLong());
                        return List.<ChangeEvent>of();
                    })
                    .onFailure().recoverWithItem(List.of()); // Neo4j away: the next tick tries again
        }
        return Uni.createFrom().completionStage(reads.runAsync(Cypher.statement("read/changes-after"),
                Map.of("after", last.get(), "limit", POLL_LIMIT)))
                .map(rows -> {
                    List<ChangeEvent> events = rows.stream().map(ChangeEvent::from).toList();
                    if (!rows.isEmpty()) {
                        last.set(rows.get(rows.size() - 1).get("seq").asLong());
                    }
                    return events;
                })
                .onFailure().recoverWithItem(List.of()); // Neo4j away: the next tick tries again, from the same place
    }
}
