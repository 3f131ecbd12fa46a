package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.SampleData;
import org.entente.facts.BrokenFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands as a user runs them: output, messages and exit codes. */
class EntenteCliTest {

    static final Path FIXTURES = Path.of("src/test/resources/facts");
    static final Path COUNT_QUADS = Path.of("src/test/resources/sparql/count-quads.rq");

    @TempDir
    Path store;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Entente.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void validateAcceptsTheCuratedFacts() {
        Run run = run("validate", SampleData.FACTS.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ok").contains("000_ce898c134fb15a02.json");
    }

    @Test
    void validateRefusesABadFileWithItsNameAndPositionAndExitCode1(@TempDir Path dir) {
        Run run = run("validate", BrokenFacts.UNKNOWN_ACT.writeIn(dir).toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("unknown-act.json").contains("$.statements[0].act").contains("line ");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void aMisusedCommandExitsWith2() {
        assertThat(run("load").exitCode()).isEqualTo(2);
        assertThat(run("frobnicate").exitCode()).isEqualTo(2);
        assertThat(run("query", "demands-by-actor", "--format", "xml").exitCode()).isEqualTo(2);
    }

    @Test
    void theReferenceTablesLoadAloneIntoAStoreOfTheirOwn() {
        Run run = run("load", "--store", store.toString(), "--reference", SampleData.REFERENCE.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("loaded 0 articles (0 statements)").doesNotContain(" 0 after");
        assertThat(run("load", "--store", store.toString(), "--no-reference").exitCode()).isEqualTo(2);
    }

    @Test
    void loadingTwiceReportsTheSameQuadCount() {
        Run first = run("load", "--store", store.toString(), SampleData.FACTS.toString());
        Run second = run("load", "--store", store.toString(), SampleData.FACTS.toString());

        assertThat(first.exitCode()).isZero();
        String quads = first.out().replaceAll("(?s).*, (\\d+) after.*", "$1");
        assertThat(second.out()).contains(quads + " quads before, " + quads + " after");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"malformed.json", "unknown-act.json", "actor-without-id.json", "impossible-date.json",
            "missing-proposition.json", "empty.json", "garbage.json"})
    void aRefusedLoadExitsWith1NamesTheFileAndLeavesTheStoreAsItWas(String name, @TempDir Path dir) throws Exception {
        Path bad = switch (name) {
            case "garbage.json" -> garbage(dir.resolve(name));
            case "malformed.json", "empty.json" -> FIXTURES.resolve(name);
            default -> BrokenFacts.valueOf(name.replace(".json", "").replace('-', '_').toUpperCase(Locale.ROOT)).writeIn(dir);
        };
        run("load", "--store", store.toString(), SampleData.FACTS.toString());
        String answerBefore = run("query", "--store", store.toString(), "statements-in-article", "--format", "csv").out();
        String quadsBefore = run("query", "--store", store.toString(), "--file", COUNT_QUADS.toString(), "--format", "csv").out();

        Run refused = run("load", "--store", store.toString(), SampleData.FACTS.toString(), bad.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("nothing was loaded").contains(bad.toString()).doesNotContain("Exception");
        assertThat(refused.err().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(600));
        assertThat(run("query", "--store", store.toString(), "--file", COUNT_QUADS.toString(), "--format", "csv").out())
                .isEqualTo(quadsBefore);
        assertThat(run("query", "--store", store.toString(), "statements-in-article", "--format", "csv").out())
                .isEqualTo(answerBefore);
    }

    /** 50 MB of letters: not JSON, and large enough that reading it must not drown the user in output. */
    static Path garbage(Path file) throws IOException {
        byte[] bytes = new byte[50 * 1024 * 1024];
        Random random = new Random(7);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + random.nextInt(26));
        }
        return Files.write(file, bytes);
    }

    @Test
    void queriesListsTheNamedQueriesWithTheirParameters() {
        Run run = run("queries");

        assertThat(run.out()).contains("who-opposed-what-when").contains("demands-by-actor")
                .contains("--param actor=entity(state|org|group)");
    }

    @Test
    void queryRunsANamedQueryWithParametersInEachFormat() {
        run("load", "--store", store.toString(), SampleData.FACTS.toString());

        Run csv = run("query", "--store", store.toString(), "demands-by-actor", "--param", "actor=state/RUS", "--format", "csv");
        Run json = run("query", "--store", store.toString(), "demands-by-actor", "--format", "json");
        Run table = run("query", "--store", store.toString(), "demands-by-actor");

        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out()).startsWith("day,act,targetName").contains("DEMAND");
        assertThat(json.out()).contains("\"bindings\"");
        assertThat(table.out()).contains("| day");
    }

    @Test
    void queryRunsASparqlFileAndReportsItsSyntaxErrors(@TempDir Path dir) throws Exception {
        Path good = java.nio.file.Files.writeString(dir.resolve("good.rq"),
                "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/entente/ontology#Statement> }");
        Path bad = java.nio.file.Files.writeString(dir.resolve("bad.rq"), "SELECT ?x WHERE { ?x ?p ");
        run("load", "--store", store.toString(), SampleData.FACTS.toString());

        Run ok = run("query", "--store", store.toString(), "--file", good.toString(), "--format", "csv");
        Run broken = run("query", "--store", store.toString(), "--file", bad.toString());

        assertThat(ok.out()).startsWith("n");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).contains("bad.rq").contains("line 1");
    }

    @Test
    void queryWithAMissingQueryFolderIsBadInputNamingIt() {
        Run run = run("query", "--store", store.toString(), "--queries", "/nonexistent", "demands-by-actor");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("the query folder /nonexistent does not exist");
    }

    @Test
    void queryOfAStoreThatIsAFileOrMissingIsBadInputNamingItAndCreatesNothing(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-store"), "text");
        Path missing = dir.resolve("no-store");

        Run onFile = run("query", "--store", file.toString(), "demands-by-actor");
        Run onNothing = run("query", "--store", missing.toString(), "demands-by-actor");

        assertThat(onFile.exitCode()).isEqualTo(1);
        assertThat(onFile.err().strip()).isEqualTo("the store " + file + " is a file, not a folder");
        assertThat(onNothing.exitCode()).isEqualTo(1);
        assertThat(onNothing.err().strip()).isEqualTo("the store " + missing + " does not exist; load or ingest facts into it first");
        assertThat(missing).doesNotExist();
    }

    @Test
    void demoWithoutServingPrintsTheExampleAnswers() {
        Run run = run("demo", "--no-serve", "--store", store.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Loaded 2 articles").contains("Who opposed what").contains("NATO")
                .contains("China").contains("sides with").contains("Russia");
    }

    @Test
    void evalScoresFactsFilesAgainstTheGoldFile() {
        Run run = run("eval", "--gold", SampleData.GOLD.toString(), "--facts", SampleData.FACTS.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("000_ce898c134fb15a02").contains("002_7506a153938e4833")
                .containsPattern("overall +\\d+ +\\d+ +\\d+ +1\\.000 +1\\.000").doesNotContain("missed in");
    }

    @Test
    void evalReportsScoresPerActTypeAndErrorKindsInTheTableAndAsJson(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.copy(SampleData.GOLD, gold);
        Files.writeString(gold, "{\"article\": \"000_ce898c134fb15a02\", \"actor\": \"RUS\", \"act\": \"DEMAND\", "
                + "\"target\": \"NATO\", \"date\": \"1999-01-01\", \"required\": true, \"evidence\": \"a later day\"}\n",
                StandardOpenOption.APPEND);
        Path json = dir.resolve("score.json");

        Run run = run("eval", "--gold", gold.toString(), "--json", json.toString(), "--facts", SampleData.FACTS.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("DEMAND +\\d+ +\\d+ +\\d+ +1\\.000 +0\\.\\d+")
                .containsPattern("date +1\\n").containsPattern("none found +0\\n")
                .contains("missed in 000_ce898c134fb15a02 (date): DEMAND RUS -> NATO (1999-01-01): a later day");
        JsonNode score = new ObjectMapper().readTree(json.toFile());
        assertThat(score.at("/overall/errorKinds/date").asInt()).isEqualTo(1);
        assertThat(score.at("/overall/acts/0/act").asText()).isNotEmpty();
        assertThat(score.at("/articles/0/misses/0/kind").asText()).isEqualTo("date");
    }

    @Test
    void aMissingGoldFileIsBadInputNamingTheFile() {
        Run facts = run("eval", "--gold", "no-such-gold.jsonl", "--facts", SampleData.FACTS.toString());
        Run articles = run("eval", "--gold", "no-such-gold.jsonl", "--articles", SampleData.ARTICLES.toString());

        assertThat(facts.exitCode()).isEqualTo(1);
        assertThat(facts.err()).contains("no-such-gold.jsonl does not exist");
        assertThat(articles.exitCode()).isEqualTo(1);
        assertThat(articles.err()).contains("no-such-gold.jsonl does not exist");
    }

    @Test
    void evalNeedsExactlyOneOfArticlesAndFacts() {
        Run neither = run("eval", "--gold", SampleData.GOLD.toString());
        Run both = run("eval", "--gold", SampleData.GOLD.toString(), "--articles", SampleData.ARTICLES.toString(),
                "--facts", SampleData.FACTS.toString());

        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("--articles").contains("--facts");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        assertThat(run("evaluate", "--gold", SampleData.GOLD.toString(), SampleData.FACTS.toString()).exitCode())
                .as("one way to score").isEqualTo(2);
    }

    @Test
    void evalNamesTheArticlesItSkippedAfterTheScoresAndExitsWith1() {
        Run eval = run("eval", "--gold", SampleData.GOLD.toString(), "--articles", SampleData.ARTICLES.toString(),
                "src/test/resources/articles/feed.jsonl");

        assertThat(eval.exitCode()).as("some inputs were skipped").isEqualTo(1);
        assertThat(eval.err()).contains("skipped").contains("feed.jsonl, line 3: not valid JSON");
        assertThat(eval.out()).containsPattern("overall +15 ")
                .containsPattern("(?s)overall.*2 inputs skipped\\n  skipped .*feed.jsonl, line 3: not valid JSON.*"
                        + "feed.jsonl, line 4: no publication date");
    }

    @Test
    void evalNamesAFactsFileItCannotReadAndScoresTheRest(@TempDir Path dir) throws IOException {
        Path bad = BrokenFacts.UNKNOWN_ACT.writeIn(dir);

        Run eval = run("eval", "--gold", SampleData.GOLD.toString(), "--facts", SampleData.FACTS.toString(), bad.toString());

        assertThat(eval.exitCode()).isEqualTo(1);
        assertThat(eval.out()).containsPattern("overall +15 +15 ").contains("1 inputs skipped").contains("  skipped " + bad);
    }

    @Test
    void aBadReferenceRowRefusesTheLoadWithItsFileAndLineAndChangesNothing(@TempDir Path tables) throws IOException {
        for (String table : List.of("states", "organisations", "memberships", "decisions", "treaties", "treaty-parties",
                "offices", "people", "tenures")) {
            Files.copy(SampleData.REFERENCE.resolve(table + ".tsv"), tables.resolve(table + ".tsv"));
        }
        Files.writeString(tables.resolve("memberships.tsv"), "NATO\tRUS\tmember\t2030-01-01\t2029-01-01\t\tnot so\t\n",
                StandardOpenOption.APPEND);
        long line = Files.readAllLines(tables.resolve("memberships.tsv")).size();
        run("load", "--store", store.toString(), SampleData.FACTS.toString());
        String quadsBefore = run("query", "--store", store.toString(), "--file", COUNT_QUADS.toString(), "--format", "csv").out();

        Run refused = run("load", "--store", store.toString(), "--reference", tables.toString(), SampleData.FACTS.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains(tables.resolve("memberships.tsv") + ", line " + line + " (end): ends (2029-01-01) before it starts");
        assertThat(run("query", "--store", store.toString(), "--file", COUNT_QUADS.toString(), "--format", "csv").out())
                .isEqualTo(quadsBefore);
    }

    @Test
    void validateChecksTheReferenceTables() {
        Run run = run("validate", "--reference", SampleData.REFERENCE.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("ok +data/reference: \\d+ states, \\d+ organisations");
    }

    @Test
    void ingestExtractsAndLoadsRawArticlesAndReportsWhatItSkipped() {
        Run ingest = run("ingest", "--store", store.toString(), SampleData.ARTICLES.toString(), "src/test/resources/articles/feed.jsonl");
        Run answer = run("query", "--store", store.toString(), "who-opposed-what-when", "--format", "csv");

        assertThat(ingest.exitCode()).as("some inputs were skipped").isEqualTo(1);
        assertThat(ingest.out()).containsPattern("ingested 5 articles \\(\\d+ statements\\)")
                .contains("feed.jsonl, line 3: not valid JSON").contains("feed.jsonl, line 4: no publication date");
        assertThat(answer.out()).contains("Russia,DEMAND,Ukraine becomes a member of NATO")
                .contains("NATO,REJECT");
    }

    @Test
    void ingestOfInputsThatHoldNoArticleSaysSoAndExitsWith1(@TempDir Path dir) throws IOException {
        Path pdf = Files.write(dir.resolve("report.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        Path folder = Files.createDirectory(dir.resolve("nothing"));

        Run ingest = run("ingest", "--store", store.toString(), "--published", "2021-12-17", pdf.toString(), folder.toString());

        assertThat(ingest.exitCode()).isEqualTo(1);
        assertThat(ingest.out()).contains("ingested 0 articles").contains("2 inputs skipped:")
                .contains("report.pdf: not an article file").contains("nothing: a folder with no article in it")
                .doesNotContain("0 inputs skipped");
        assertThat(ingest.err()).contains("skipped " + pdf);
    }

    @Test
    void ingestThatSkipsNothingDoesNotMentionSkipping() {
        Run ingest = run("ingest", "--store", store.toString(), SampleData.ARTICLES.toString());

        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.out()).containsPattern("ingested 2 articles \\(\\d+ statements\\) into .*: \\d+ quads\\n")
                .doesNotContain("skipped");
    }

    @Test
    void demoRefusesARemoteEndpointRatherThanIgnoringIt() {
        Run demo = run("demo", "--no-serve", "--store", store.toString(), "--endpoint", "http://127.0.0.1:9/ds");

        assertThat(demo.exitCode()).isEqualTo(2);
        assertThat(demo.err()).contains("demo loads the samples into the embedded store", "load --endpoint URL");
        assertThat(demo.out()).doesNotContain("Loaded");
    }

    @Test
    void ingestInManyBatchesCompactsTheStoreAndKeepsItsAnswers(@TempDir Path uncompacted) throws IOException {
        Run compacting = run("ingest", "--batch", "1", "--store", store.toString(), SampleData.ARTICLES.toString());
        Run leaving = run("ingest", "--batch", "1", "--no-compact", "--store", uncompacted.toString(), SampleData.ARTICLES.toString());

        assertThat(compacting.exitCode()).as(compacting.err()).isZero();
        assertThat(leaving.exitCode()).as(leaving.err()).isZero();
        assertThat(compacting.err()).contains("compacted the store");
        assertThat(leaving.err()).doesNotContain("compacted");
        assertThat(generations(store)).as("a new generation of the files, the old one deleted").containsExactly("Data-0002");
        assertThat(generations(uncompacted)).containsExactly("Data-0001");
        assertThat(run("query", "--store", store.toString(), "who-opposed-what-when", "--format", "csv").out())
                .isEqualTo(run("query", "--store", uncompacted.toString(), "who-opposed-what-when", "--format", "csv").out());
    }

    /** The folders of a TDB2 store's data (a compaction writes the next one). */
    private static List<String> generations(Path store) throws IOException {
        try (Stream<Path> files = Files.list(store)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("Data-")).sorted().toList();
        }
    }

    @Test
    void extractWritesFactsFilesThatValidate(@TempDir Path out) {
        Run extract = run("extract", "--out", out.toString(), SampleData.ARTICLES.toString());
        Run validate = run("validate", out.toString());

        assertThat(extract.exitCode()).isZero();
        assertThat(out.resolve("000_ce898c134fb15a02.json")).exists();
        assertThat(validate.exitCode()).as(validate.err()).isZero();
    }

    @Test
    void evalScoresExtractionAgainstTheGold() {
        Run eval = run("eval", "--gold", SampleData.GOLD.toString(), "--articles", SampleData.ARTICLES.toString());

        assertThat(eval.exitCode()).isZero();
        assertThat(eval.out()).containsPattern("overall +15 +\\d+ +\\d+ +0\\.(8[5-9]|9)\\d+ +(0\\.9|1\\.0)");
    }
}
