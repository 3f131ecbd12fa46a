package org.entente.cli;

import org.entente.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a command prints in a JVM of its own, as from a shell (logging is set up once per JVM):
 * answers and summaries, no log lines of Entente or its libraries unless {@code --verbose}.
 */
class QuietOutputTest {

    record Run(int exitCode, String out, String err) {
    }

    static Run entente(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Entente.class.getName()));
        command.addAll(List.of(args));
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
                java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aLoadPrintsItsSummaryAndNoLogLines(@TempDir Path folder) throws Exception {
        Run load = entente(folder, "load", "--store", folder.resolve("store").toString(), SampleData.FACTS.toString());

        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out()).startsWith("loaded 2 articles (30 statements)");
        assertThat(load.err()).isEmpty();
    }

    @Test
    void verboseShowsTheLogOfEntenteAndItsLibraries(@TempDir Path folder) throws Exception {
        Run load = entente(folder, "load", "--verbose", "--store", folder.resolve("store").toString(), SampleData.FACTS.toString());

        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.err()).contains("INFO FactsLoader - loaded 2 articles");
    }
}
