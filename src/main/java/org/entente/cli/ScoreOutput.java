package org.entente.cli;

import org.entente.evaluate.ArticleScore;
import org.entente.evaluate.ScoreJson;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Where scores go: a table on the standard output and, with {@code --json FILE}, the whole score as JSON. */
final class ScoreOutput {

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the whole score as JSON: overall and per article, per act type, error kinds, misses and false positives.")
    Path json;

    void report(PrintWriter out, List<ArticleScore> scores, List<String> skipped) {
        ScoreTable.print(out, scores);
        if (json != null) {
            ScoreJson.write(scores, skipped, json);
            out.println("wrote " + json);
            out.flush();
        }
    }
}
