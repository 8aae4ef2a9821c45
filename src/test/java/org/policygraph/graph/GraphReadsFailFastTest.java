package org.policygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Reads against an unreachable Neo4j fail fast: one attempt (not the driver's managed retry loop, configured here
 * with the service's 5 s), then no driver call at all while the availability probe has no answer.
 */
class GraphReadsFailFastTest {

    private Driver driver;
    private GraphReads reads;

    @BeforeEach
    void unreachableNeo4j() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none(), Config.builder()
                .withoutEncryption()
                .withMaxTransactionRetryTime(5, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(5, TimeUnit.SECONDS)
                .build());
        reads = new GraphReads();
        reads.driver = driver;
        reads.readTimeout = Duration.ofSeconds(4);
        reads.availability = new GraphAvailability();
        reads.availability.driver = driver;
    }

    @AfterEach
    void close() {
        reads.availability.onStop(null);
        driver.close();
    }

    /** What a stopping or starting Neo4j answers trips the gate; other transient errors and Cypher errors do not. */
    @Test
    void databaseUnavailableTripsTheGateOtherErrorsDoNot() {
        assertThat(reads.unavailableOrAsIs(new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "x")))
                .isInstanceOf(GraphUnavailableException.class);
        assertThat(reads.availability.available()).isTrue();
        ClientException cypherError = new ClientException("Neo.ClientError.Statement.SyntaxError", "x");
        assertThat(reads.unavailableOrAsIs(cypherError)).isSameAs(cypherError);
        assertThat(reads.availability.available()).isTrue();

        assertThat(reads.unavailableOrAsIs(new TransientException(GraphReads.DATABASE_UNAVAILABLE,
                "The database is not currently available to serve your request")))
                .isInstanceOf(GraphUnavailableException.class);
        assertThat(reads.availability.available()).isFalse();
    }

    /**
     * A server that accepts connections but never answers (a frozen or half-stopped Neo4j): the read gives up after
     * the read timeout, not after the driver's 30 s connection timeout or never.
     */
    @Test
    void aSilentServerCostsAReadAtMostTheReadTimeout() throws IOException {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // and never write a byte
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Driver silentDriver = GraphDatabase.driver("bolt://127.0.0.1:" + silent.getLocalPort(), AuthTokens.none(),
                    Config.builder().withoutEncryption().build());
            try {
                reads.driver = silentDriver;
                reads.availability.driver = silentDriver;
                reads.readTimeout = Duration.ofMillis(500);
                long start = System.nanoTime();
                assertThatThrownBy(() -> reads.run("RETURN 1", Map.of())).isInstanceOf(GraphUnavailableException.class);
                assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isBetween(400L, 2_000L);
                assertThat(reads.availability.available()).as("reads now fail fast until Neo4j answers").isFalse();
            } finally {
                reads.availability.onStop(null);
                silentDriver.closeAsync();
                for (Socket socket : accepted) {
                    socket.close();
                }
            }
        }
    }

    /**
     * A read without an answer closes the gate only if Neo4j answered nothing during the read timeout: a slow read
     * while other reads are answered (a just-restarted Neo4j planning its first statements under load) fails alone.
     */
    @Test
    void aSlowReadWhileOthersAreAnsweredFailsAloneASilentNeo4jClosesTheGate() {
        Duration timeout = Duration.ofMillis(300);
        reads.availability.answered();
        reads.availability.noAnswerWithin(timeout, new IllegalStateException("simulated: one slow read"));
        assertThat(reads.availability.available()).as("an answer came within the timeout: alive, slow").isTrue();

        GraphAvailability neverAnswered = new GraphAvailability();
        neverAnswered.driver = driver;
        try {
            neverAnswered.noAnswerWithin(timeout, new IllegalStateException("simulated: silent"));
            assertThat(neverAnswered.available()).as("no answer ever: silent").isFalse();
        } finally {
            neverAnswered.onStop(null);
        }
    }

    /**
     * After Neo4j answers again, only reopen-concurrency reads go to it at once, the others fail fast, until that many
     * have been answered; then every read goes. A read that got no answer frees its place without warming anything.
     */
    @Test
    void afterNeo4jAnswersAgainReadsGoAFewAtATimeUntilThatManyAreAnswered() {
        GraphAvailability availability = reads.availability;
        availability.reopenConcurrency = 2;
        assertThat(availability.admit()).as("from start-up: open").isEqualTo(GraphAvailability.Admission.OPEN);
        availability.onStop(null); // no probe thread: the test reopens by hand
        availability.unreachable(new IllegalStateException("simulated: restart"));
        assertThat(availability.admit()).isEqualTo(GraphAvailability.Admission.REFUSED);

        availability.answersAgain();
        GraphAvailability.Admission first = availability.admit();
        GraphAvailability.Admission second = availability.admit();
        assertThat(List.of(first, second)).containsOnly(GraphAvailability.Admission.WARMING);
        assertThat(availability.admit()).as("a third at once").isEqualTo(GraphAvailability.Admission.REFUSED);

        availability.noAnswerWithin(Duration.ZERO, new IllegalStateException("simulated: a cold first plan"));
        assertThat(availability.available()).as("a slow read while warming leaves the gate open").isTrue();
        availability.done(first, false); // no answer: its place is free again, nothing warmed
        GraphAvailability.Admission third = availability.admit();
        assertThat(third).isEqualTo(GraphAvailability.Admission.WARMING);
        availability.done(second, true);
        GraphAvailability.Admission fourth = availability.admit();
        assertThat(fourth).as("one answered: its place goes to the next").isEqualTo(GraphAvailability.Admission.WARMING);
        assertThat(availability.admit()).as("two in flight").isEqualTo(GraphAvailability.Admission.REFUSED);
        availability.done(third, true);
        assertThat(availability.admit()).as("two answered: warm").isEqualTo(GraphAvailability.Admission.OPEN);
        availability.done(fourth, true);
        assertThat(availability.admit()).isEqualTo(GraphAvailability.Admission.OPEN);
    }

    /**
     * While Neo4j warms up, a read that finds every place taken waits for one rather than failing at once: a freed
     * place goes to the longest-waiting read, the end of the warm-up lets every waiting read through, and a read whose
     * wait runs out (or whose Neo4j goes away again) is refused.
     */
    @Test
    void whileNeo4jWarmsUpAReadWaitsForAPlaceWithinItsTime() {
        GraphAvailability availability = reads.availability;
        availability.reopenConcurrency = 2;
        availability.onStop(null); // no probe thread: the test reopens by hand
        availability.unreachable(new IllegalStateException("simulated: restart"));
        availability.answersAgain();
        GraphAvailability.Admission first = availability.admit();
        GraphAvailability.Admission second = availability.admit();
        assertThat(List.of(first, second)).containsOnly(GraphAvailability.Admission.WARMING);

        Duration aMinute = Duration.ofMinutes(1);
        CompletableFuture<GraphAvailability.Admission> waitingFirst = availability.admission(aMinute).toCompletableFuture();
        CompletableFuture<GraphAvailability.Admission> waitingSecond = availability.admission(aMinute).toCompletableFuture();
        CompletableFuture<GraphAvailability.Admission> waitingThird = availability.admission(aMinute).toCompletableFuture();
        assertThat(List.of(waitingFirst, waitingSecond, waitingThird)).noneMatch(CompletableFuture::isDone);
        assertThat(availability.admit()).as("a read that may not wait").isEqualTo(GraphAvailability.Admission.REFUSED);

        availability.done(first, false); // no answer: its place goes to the longest-waiting read, nothing warmed
        assertThat(waitingFirst).isCompletedWithValue(GraphAvailability.Admission.WARMING);
        assertThat(List.of(waitingSecond, waitingThird)).noneMatch(CompletableFuture::isDone);

        availability.done(second, true);
        assertThat(waitingSecond).isCompletedWithValue(GraphAvailability.Admission.WARMING);
        availability.done(waitingFirst.join(), true);
        assertThat(waitingThird).as("two answered: warm, every waiting read goes")
                .isCompletedWithValue(GraphAvailability.Admission.OPEN);

        availability.unreachable(new IllegalStateException("simulated: another restart"));
        availability.answersAgain();
        availability.admit();
        availability.admit();
        GraphAvailability.Admission refusedAfterItsWait = availability.admission(Duration.ofMillis(50))
                .toCompletableFuture().join();
        assertThat(refusedAfterItsWait).as("no place within its wait").isEqualTo(GraphAvailability.Admission.REFUSED);
        CompletableFuture<GraphAvailability.Admission> waitingWhenItGoes = availability.admission(aMinute)
                .toCompletableFuture();
        availability.unreachable(new IllegalStateException("simulated: gone again"));
        assertThat(waitingWhenItGoes).isCompletedWithValue(GraphAvailability.Admission.REFUSED);
    }

    @Test
    void aNeo4jSilentForTheWholeTimeoutClosesTheGate() throws InterruptedException {
        Duration timeout = Duration.ofMillis(100);
        reads.availability.answered();
        Thread.sleep(150);
        reads.availability.noAnswerWithin(timeout, new IllegalStateException("simulated: silent since the last answer"));
        assertThat(reads.availability.available()).isFalse();
    }

    @Test
    void theFirstReadMakesOneAttemptThenReadsFailWithoutTouchingTheDriver() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> reads.run("RETURN 1", Map.of())).isInstanceOf(GraphUnavailableException.class);
        long firstMs = (System.nanoTime() - start) / 1_000_000;
        // The managed retry loop would have taken about 7 s (1 + 2 + 4 s of back-off for a 5 s retry time).
        assertThat(firstMs).as("first failing read, ms").isLessThan(2_000);
        assertThat(reads.availability.available()).isFalse();
        assertThat(reads.statementsRun()).isEqualTo(1);

        start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            assertThatThrownBy(() -> reads.run("RETURN 1", Map.of())).isInstanceOf(GraphUnavailableException.class);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("100 further reads, ms").isLessThan(500);
        assertThat(reads.statementsRun()).as("none of them reached the driver").isEqualTo(1);
    }
}
