package org.entente.cli;

import org.entente.evaluate.ArticleScore;
import org.entente.evaluate.GoldFile;
import org.entente.evaluate.GoldLine;
import org.entente.evaluate.GoldScorer;
import org.entente.facts.FactsFiles;
import org.entente.facts.FactsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code entente evaluate --gold FILE FACTS...}: precision, recall and F1 of facts against a gold file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score facts files against a gold file (one JSON line per expected statement): precision, recall and F1 per article and overall, with the misses and false positives.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "The gold file, e.g. src/test/resources/gold/seeds.jsonl.")
    Path gold;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Facts files or folders.")
    List<Path> inputs;

    @Mixin
    ScoreOutput scoreOutput;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<GoldLine> lines = GoldFile.read(gold);
        List<ArticleScore> scores = new ArrayList<>();
        for (Path file : FactsFiles.expand(inputs)) {
            scores.add(GoldScorer.score(FactsJson.read(file), lines));
        }
        scoreOutput.report(out, scores, List.of());
        return ErrorReporter.OK;
    }
}
