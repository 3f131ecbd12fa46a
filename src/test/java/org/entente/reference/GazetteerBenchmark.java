package org.entente.reference;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How fast the gazetteer answers the look-ups extraction makes: every run of one to
 * {@link Gazetteer#longestName()} words of the sample articles, most of which name nothing. The
 * baseline, measured in the same run on the same words, is the least a case-insensitive look-up
 * costs: lower-casing the words and a {@code HashMap.get} in a map of every lower-cased name of the
 * tables. The gazetteer adds to it normalising accents, dots, apostrophes, spaces and a leading
 * "the", checking acronyms and dates, and resolving people and posts on the day. {@code keysOnly}
 * measures the normalising alone. Run it with
 * {@code mvn -B -q test-compile exec:exec@bench} (see README); it prints both and their ratio.
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GazetteerBenchmark {

    static final LocalDate DAY = LocalDate.of(2021, 12, 10);

    Gazetteer gazetteer;
    Map<String, String> rawNames;
    List<String> lookups;

    @Setup
    public void setUp() throws IOException {
        ReferenceData data = ReferenceReader.read(Path.of("data/reference"));
        gazetteer = Gazetteer.of(data);
        rawNames = rawNames(data);
        lookups = wordRuns(Path.of("data/articles"), gazetteer.longestName());
    }

    @Benchmark
    public int gazetteer() {
        int found = 0;
        for (String words : lookups) {
            found += gazetteer.lookup(words, DAY).size();
        }
        return found;
    }

    @Benchmark
    public int keysOnly() {
        int length = 0;
        for (String words : lookups) {
            length += Gazetteer.key(words).length();
        }
        return length;
    }

    @Benchmark
    public int hashMapBaseline() {
        int found = 0;
        for (String words : lookups) {
            found += rawNames.get(words.toLowerCase(Locale.ROOT)) == null ? 0 : 1;
        }
        return found;
    }

    static Map<String, String> rawNames(ReferenceData data) {
        Map<String, String> names = new HashMap<>();
        for (State state : data.states()) {
            Stream.of(List.of(state.name()), state.aliases(), state.demonyms(), state.metonyms())
                    .flatMap(Collection::stream).forEach(name -> names.put(name.toLowerCase(Locale.ROOT), state.actorId()));
        }
        data.organisations().forEach(o -> Stream.concat(Stream.of(o.key(), o.name()), o.aliases().stream())
                .forEach(n -> names.put(n.toLowerCase(Locale.ROOT), o.actorId())));
        data.offices().forEach(o -> Stream.concat(Stream.of(o.name()), o.aliases().stream())
                .forEach(n -> names.put(n.toLowerCase(Locale.ROOT), o.actorId())));
        data.people().forEach(p -> Stream.concat(Stream.of(p.name()), p.aliases().stream())
                .forEach(n -> names.put(n.toLowerCase(Locale.ROOT), p.actorId())));
        return names;
    }

    /** Every run of 1..maxWords consecutive words of the articles' text, punctuation stripped from the ends. */
    static List<String> wordRuns(Path articles, int maxWords) throws IOException {
        List<String> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(articles)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String[] words = Arrays.stream(Files.readString(file).split("\\s+"))
                        .map(word -> word.replaceAll("^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’]+$", ""))
                        .filter(word -> !word.isEmpty()).toArray(String[]::new);
                for (int i = 0; i < words.length; i++) {
                    for (int n = 1; n <= maxWords && i + n <= words.length; n++) {
                        runs.add(String.join(" ", Arrays.copyOfRange(words, i, i + n)));
                    }
                }
            }
        }
        return runs;
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(GazetteerBenchmark.class.getName()).build()).run();
        Map<String, Double> nanos = new HashMap<>();
        results.forEach(r -> nanos.put(r.getParams().getBenchmark().replaceFirst(".*\\.", ""), r.getPrimaryResult().getScore()));
        int count = wordRuns(Path.of("data/articles"), Gazetteer.of(ReferenceReader.read(Path.of("data/reference"))).longestName()).size();
        double gazetteer = nanos.get("gazetteer") / count;
        double baseline = nanos.get("hashMapBaseline") / count;
        System.out.printf(Locale.ROOT, "%nGazetteer look-ups of %d word runs of the sample articles:%n", count);
        System.out.printf(Locale.ROOT, "  gazetteer         %8.1f ns per look-up (%,.0f look-ups/s on one thread)%n", gazetteer, 1e9 / gazetteer);
        System.out.printf(Locale.ROOT, "  HashMap baseline  %8.1f ns per look-up%n", baseline);
        System.out.printf(Locale.ROOT, "  ratio             %8.1fx the baseline%n", gazetteer / baseline);
    }
}
