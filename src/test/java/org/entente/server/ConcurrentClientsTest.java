package org.entente.server;

import org.entente.SampleData;
import org.entente.WebClient;
import org.entente.query.NamedQuery;
import org.entente.query.QueryLibrary;
import org.entente.query.QueryRunner;
import org.entente.store.Tdb2GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 32 clients run the named queries against the server over HTTP for 30 seconds
 * ({@code -Dentente.loadSeconds=N} to change) and must get only correct answers: the expected rows
 * of {@code src/test/resources/expected/}. Throughput and latency are printed, not asserted.
 */
class ConcurrentClientsTest {

    static final int CLIENTS = 32;
    static final Duration LENGTH = Duration.ofSeconds(Long.getLong("entente.loadSeconds", 30));
    static final Path EXPECTED = Path.of("src/test/resources/expected");

    record Question(String name, String sparql, String expected) {
    }

    record Outcome(long nanos, String question, int status, boolean correct) {
    }

    @Test
    void thirtyTwoClientsGetOnlyCorrectAnswers(@TempDir Path folder) throws Exception {
        List<Question> questions = questions();
        try (Tdb2GraphStore store = SampleData.loadedStore(folder)) {
            EntenteServer server = EntenteServer.builder(store.dataset().asDatasetGraph()).port(0).build().start();
            try {
                List<Outcome> outcomes = run(WebClient.of(server.url()), questions);
                report(outcomes);
                List<Outcome> wrong = outcomes.stream().filter(outcome -> !outcome.correct()).toList();
                assertThat(outcomes).isNotEmpty();
                assertThat(wrong).as("wrong or failed answers").isEmpty();
                assertThat(outcomes.stream().map(Outcome::question).distinct()).hasSize(questions.size());
            } finally {
                server.stop();
            }
        }
    }

    static List<Question> questions() {
        QueryRunner runner = new QueryRunner(SampleData.IRIS);
        List<Question> questions = new ArrayList<>();
        for (NamedQuery query : QueryLibrary.fromFolder(Path.of("queries")).all()) {
            questions.add(new Question(query.name(), runner.bound(query, Map.of()).serialize(), expected(query.name())));
        }
        return questions;
    }

    static String expected(String name) {
        try {
            return Files.readString(EXPECTED.resolve(name + ".csv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Outcome> run(WebClient web, List<Question> questions) throws Exception {
        long end = System.nanoTime() + LENGTH.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<List<Outcome>>> futures = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int first = client;
                futures.add(clients.submit(() -> {
                    List<Outcome> outcomes = new ArrayList<>();
                    for (int i = first; System.nanoTime() < end; i++) {
                        Question question = questions.get(i % questions.size());
                        long started = System.nanoTime();
                        HttpResponse<String> response = web.postQuery("/entente/sparql", question.sparql(), "text/csv");
                        boolean correct = response.statusCode() == 200
                                && response.body().replace("\r\n", "\n").equals(question.expected());
                        outcomes.add(new Outcome(System.nanoTime() - started, question.name(), response.statusCode(), correct));
                    }
                    return outcomes;
                }));
            }
            List<Outcome> all = new ArrayList<>();
            for (Future<List<Outcome>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } finally {
            clients.shutdown();
        }
    }

    static void report(List<Outcome> outcomes) {
        List<Long> latencies = outcomes.stream().map(Outcome::nanos).sorted().collect(Collectors.toCollection(ArrayList::new));
        Collections.sort(latencies);
        double seconds = LENGTH.toNanos() / 1e9;
        System.out.printf("%d clients, %.0f s: %d requests, %.1f requests/s, latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d wrong or failed (statuses %s)%n",
                CLIENTS, seconds, outcomes.size(), outcomes.size() / seconds, percentile(latencies, 0.50), percentile(latencies, 0.99),
                latencies.get(latencies.size() - 1) / 1e6, outcomes.stream().filter(outcome -> !outcome.correct()).count(),
                outcomes.stream().collect(Collectors.groupingBy(Outcome::status, Collectors.counting())));
    }

    static double percentile(List<Long> sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
