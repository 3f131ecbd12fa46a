package org.entente.cli;

import org.entente.store.Tdb2GraphStore;
import org.entente.rdf.IriScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.cli.EntenteCliTest.run;

/**
 * What an analyst does with event data: imports a GDELT export, an ICEWS file and PLOVER records
 * (the excerpts of {@code src/test/resources/events/}, see its README) into one embedded store,
 * imports them again, and asks the named queries that join them with the reference tables. The
 * answers are the files of {@code src/test/resources/expected/events/}.
 */
class ImportCommandTest {

    static final Path EVENTS = Path.of("src/test/resources/events");
    static final Path EXPECTED = Path.of("src/test/resources/expected/events");
    static final Path GDELT = EVENTS.resolve("20191024143000.export.CSV");
    static final Path ICEWS = EVENTS.resolve("icews-2018-06-01.tab");
    static final Path PLOVER_LINES = EVENTS.resolve("plover-nato-russia-2022.jsonl");
    static final Path PLOVER_ARRAY = EVENTS.resolve("plover-gsr-excerpt.json");

    @TempDir
    static Path shared;
    static Path store;
    static final List<String> FIRST_IMPORTS = new ArrayList<>();

    @TempDir
    Path own;

    @BeforeAll
    static void importEachFormat() {
        store = shared.resolve("store");
        FIRST_IMPORTS.add(imported("gdelt", GDELT.toString()).out());
        FIRST_IMPORTS.add(imported("icews", ICEWS.toString()).out());
        FIRST_IMPORTS.add(imported("plover", PLOVER_LINES.toString(), PLOVER_ARRAY.toString()).out());
    }

    static EntenteCliTest.Run imported(String dataset, String... files) {
        return importInto(store, dataset, files);
    }

    static EntenteCliTest.Run importInto(Path folder, String dataset, String... files) {
        List<String> args = new ArrayList<>(List.of("import", dataset));
        args.addAll(List.of(files));
        args.addAll(List.of("--store", folder.toString()));
        return run(args.toArray(String[]::new));
    }

    @Test
    void eachFormatImportsEveryEventOfItsFixture() {
        assertThat(FIRST_IMPORTS.get(0)).contains("gdelt " + GDELT + ": 25 events into <" + IriScheme.DEFAULT_BASE
                + "graph/events/gdelt/20191024143000.export.CSV>, 0 bad rows");
        assertThat(FIRST_IMPORTS.get(1)).contains("icews " + ICEWS + ": 24 events into").contains(", 0 bad rows");
        // 8 records, one of them with two sources; 3 records, one of them with two targets
        assertThat(FIRST_IMPORTS.get(2)).contains(PLOVER_LINES + ": 9 events into").contains(PLOVER_ARRAY + ": 4 events into");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"gdelt, 20191024143000.export.CSV", "icews, icews-2018-06-01.tab", "plover, plover-nato-russia-2022.jsonl"})
    void importingAFileAgainChangesNothing(String dataset, String file) {
        long before = quads(store);

        EntenteCliTest.Run again = imported(dataset, EVENTS.resolve(file).toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains(before + " quads before, " + before + " after");
        assertThat(quads(store)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "dyad-timeline, dyad-timeline --param actor=state/USA --param other=state/RUS",
            "members-toward, members-toward --param organisation=org/NATO --param target=state/RUS",
            "members-toward-2022, members-toward --param from=2022-01-24 --param to=2022-02-23",
            "top-source-urls, top-source-urls --param actor=state/USA --param other=state/RUS",
            "actor-timeline, actor-timeline --param actor=state/NOR",
            "support-and-opposition, support-and-opposition --param actor=state/GBR"})
    void theNamedQueriesAnswerTheImportedEventsAsExpected(String expected, String query) throws IOException {
        List<String> args = new ArrayList<>(List.of("query"));
        args.addAll(List.of(query.split(" ")));
        args.addAll(List.of("--format", "csv", "--store", store.toString()));
        EntenteCliTest.Run answered = run(args.toArray(String[]::new));

        assertThat(answered.exitCode()).as(answered.err()).isZero();
        Path file = EXPECTED.resolve(expected + ".csv");
        String answer = answered.out().replace("\r\n", "\n");
        if (Boolean.getBoolean("entente.writeExpected")) {
            Files.writeString(file, answer, StandardCharsets.UTF_8);
        }
        assertThat(answer).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(answer.lines().count()).as(expected + " answers something").isGreaterThan(1);
    }

    @Test
    void importingACorrectedFileReplacesItsEvents() throws IOException {
        Path original = own.resolve("original").resolve(GDELT.getFileName());
        Path corrected = own.resolve("corrected").resolve(GDELT.getFileName());
        Files.createDirectories(original.getParent());
        Files.createDirectories(corrected.getParent());
        List<String> rows = Files.readAllLines(GDELT, StandardCharsets.UTF_8);
        Files.write(original, rows, StandardCharsets.UTF_8);
        List<String> fixed = new ArrayList<>(rows.subList(0, rows.size() - 1)); // the last event withdrawn
        String[] norway = fixed.get(13).split("\t", -1); // NORGOV toward RUS, Goldstein 4.0
        norway[30] = "-2.5"; // its Goldstein score corrected
        fixed.set(13, String.join("\t", norway));
        Files.write(corrected, fixed, StandardCharsets.UTF_8);
        Path replaced = own.resolve("replaced");
        Path fresh = own.resolve("fresh");

        importInto(replaced, "gdelt", original.toString());
        EntenteCliTest.Run again = importInto(replaced, "gdelt", corrected.toString());
        importInto(fresh, "gdelt", corrected.toString());

        assertThat(again.out()).contains("24 events into");
        assertThat(quads(replaced)).isEqualTo(quads(fresh));
        String withdrawn = rows.get(rows.size() - 1).split("\t")[0]; // RUS toward GBRMIL
        String kept = rows.get(rows.size() - 2).split("\t")[0]; // RUS toward GBR
        EntenteCliTest.Run timeline = run("query", "actor-timeline", "--param", "actor=state/RUS", "--param", "limit=0",
                "--format", "csv", "--store", replaced.toString());
        assertThat(timeline.out()).doesNotContain("event/gdelt/" + withdrawn).contains("event/gdelt/" + kept);
        EntenteCliTest.Run dyad = run("query", "dyad-timeline", "--param", "actor=state/NOR", "--param", "other=state/RUS",
                "--format", "csv", "--store", replaced.toString());
        // Norway's five acts toward Russia: 1.9, 4.0 corrected to -2.5, 2.5, 2.5 and 7.0
        assertThat(dyad.out()).contains("2019-10,Norway,Russia,5,5,0,0,0,2.28");
    }

    @Test
    void badRowsAreCountedAndTheFirstReportedWithFileLineAndField() {
        EntenteCliTest.Run run = importInto(own.resolve("store"), "gdelt", EVENTS.resolve("gdelt-bad-rows.export.CSV").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("2 events into").contains("3 bad rows")
                .contains("bad row: gdelt-bad-rows.export.CSV, line 2: the row has 60 tab-separated fields")
                .contains("bad row: gdelt-bad-rows.export.CSV, line 3, field SQLDATE: \"20191399\" is not a day")
                .contains("bad row: gdelt-bad-rows.export.CSV, line 4, field EventCode: \"999\" is no CAMEO event code");
    }

    @Test
    void strictRefusesAFileWithABadRowAndLeavesTheStoreAsItWas() {
        Path folder = own.resolve("store");
        importInto(folder, "icews", ICEWS.toString());
        long before = quads(folder);

        EntenteCliTest.Run run = run("import", "gdelt", "--strict", EVENTS.resolve("gdelt-bad-rows.export.CSV").toString(),
                "--store", folder.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("gdelt-bad-rows.export.CSV: refused (--strict), nothing imported; 3 bad rows")
                .contains("line 3, field SQLDATE").doesNotContain("Exception");
        assertThat(quads(folder)).isEqualTo(before);
    }

    @Test
    void aGdeltZipIsReadAsTheExportItHolds() throws IOException {
        Path zip = own.resolve("20191024143000.export.CSV.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("20191024143000.export.CSV"));
            Files.copy(GDELT, (OutputStream) out);
            out.closeEntry();
        }

        EntenteCliTest.Run run = importInto(own.resolve("store"), "gdelt", own.toString());

        assertThat(run.out()).contains("20191024143000.export.CSV.zip: 25 events into").contains(", 0 bad rows");
    }

    @Test
    void aGdelt1FileOf58ColumnsImportsAsItsGdelt2Rows() {
        Path gdelt1 = own.resolve("gdelt1");
        Path gdelt2 = own.resolve("gdelt2");
        importInto(gdelt1, "gdelt", EVENTS.resolve("gdelt1-derived.export.CSV").toString());
        importInto(gdelt2, "gdelt", GDELT.toString());

        String first = "--param";
        EntenteCliTest.Run one = run("query", "actor-timeline", first, "actor=coded/cameo/EDU", "--format", "csv", "--store", gdelt1.toString());
        EntenteCliTest.Run two = run("query", "actor-timeline", first, "actor=coded/cameo/EDU", "--format", "csv", "--store", gdelt2.toString());

        assertThat(one.out()).contains("event/gdelt/881990842").isEqualTo(two.out());
    }

    static long quads(Path folder) {
        try (Tdb2GraphStore opened = Tdb2GraphStore.open(folder, IriScheme.defaults())) {
            return opened.quadCount();
        }
    }
}
