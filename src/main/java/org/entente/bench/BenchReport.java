package org.entente.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A run's figures with the machine, the settings and the exact command, as {@code report.md} and {@code report.json}. */
public record BenchReport(String command, Machine machine, BenchSettings settings, List<Row> rows) {

    public void write(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("report.md"), markdown());
            Files.writeString(folder.resolve("report.json"), new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + folder, e);
        }
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# Entente benchmark\n\n")
                .append("- command: `").append(command).append("`\n")
                .append(String.format(Locale.ROOT, "- machine: %d cores, max heap %d MiB, %s, %s%n", machine.cores(),
                        machine.maxHeapBytes() >> 20, machine.jvm(), machine.os()))
                .append(String.format(Locale.ROOT, "- corpus: %d generated articles (seed %d), batches of %d, %d extraction threads%n%n",
                        settings.articles(), settings.seed(), settings.batch(), settings.threads()))
                .append("| what | figure | baseline (same run) | baseline | ratio |\n| --- | ---: | --- | ---: | ---: |\n");
        for (Row row : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %s %s | %s | %s | %s |%n", row.what(), number(row.figure()), row.unit(),
                    row.baselineLabel(), number(row.baseline()), Double.isNaN(row.ratio()) ? "-" : String.format(Locale.ROOT, "%.2f", row.ratio())));
        }
        return md.toString();
    }

    private ObjectNode json() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode().put("command", command);
        json.set("machine", mapper.valueToTree(machine));
        json.set("settings", mapper.createObjectNode().put("articles", settings.articles()).put("seed", settings.seed())
                .put("batch", settings.batch()).put("threads", settings.threads()).put("queryRuns", settings.queryRuns())
                .put("reloadRuns", settings.reloadRuns()).put("work", settings.work().toString()));
        ArrayNode array = json.putArray("rows");
        for (Row row : rows) {
            ObjectNode node = array.addObject().put("what", row.what()).put("figure", row.figure()).put("unit", row.unit())
                    .put("baselineLabel", row.baselineLabel());
            if (!Double.isNaN(row.baseline())) {
                node.put("baseline", row.baseline());
            }
            if (!Double.isNaN(row.ratio())) {
                node.put("ratio", row.ratio());
            }
        }
        return json;
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
