package org.entente.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.Entente;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A smoke run of {@code bench} through the command line, as CI runs it; it checks the report, never the speed. */
class BenchCommandTest {

    static final List<String> ROWS = List.of("generate", "read", "extraction: sentences", "extraction: articles", "bulk load",
            "ingest end to end", "peak heap", "peak RSS", "extraction quality: precision", "extraction quality: recall", "incremental reload", "query actor-timeline", "query members-on-date",
            "query statements-in-article", "disk: bytes per quad of the loaded store", "disk: bytes per quad of the ingested store",
            "compaction of the ingested store");

    @TempDir
    Path folder;

    @Test
    void aTinyBenchRunWritesBothReportsNamingEveryRow() throws IOException {
        StringWriter out = new StringWriter();
        var commandLine = Entente.commandLine();
        commandLine.setOut(new PrintWriter(out));
        int code = commandLine.execute("bench", "--articles", "20", "--batch", "10", "--query-runs", "3", "--reload-runs", "2",
                "--work", folder.resolve("work").toString(), "--report", folder.toString());
        System.out.println(out);

        assertThat(code).isZero();
        String markdown = Files.readString(folder.resolve("report.md"));
        JsonNode json = new ObjectMapper().readTree(folder.resolve("report.json").toFile());
        List<String> jsonRows = new ArrayList<>();
        json.get("rows").forEach(row -> jsonRows.add(row.get("what").asText()));
        for (String row : ROWS) {
            assertThat(markdown).contains("| " + row);
            assertThat(jsonRows).anyMatch(what -> what.startsWith(row));
        }
        assertThat(json.get("machine").get("cores").asInt()).isPositive();
        assertThat(json.get("command").asText()).contains("bench --articles 20");
        assertThat(Files.list(folder.resolve("work"))).as("the run's folder is deleted").isEmpty();
    }
}
