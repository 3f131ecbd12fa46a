package org.entente.cli;

import org.entente.article.ArticleFiles;
import org.entente.evaluate.ArticleScore;
import org.entente.evaluate.GoldFile;
import org.entente.evaluate.GoldLine;
import org.entente.evaluate.GoldScorer;
import org.entente.extract.FactsExtractor;
import org.entente.facts.BadInputException;
import org.entente.facts.Facts;
import org.entente.facts.FactsFiles;
import org.entente.facts.FactsJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@code entente eval --gold FILE (--articles DIR... | --facts DIR...)}: scores statements against
 * a gold file, either extracted here from raw articles or read from facts files already extracted
 * (or curated). Inputs that cannot be scored are named with their reason, after which the command
 * exits with 1.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score statements against a gold file (JSON Lines: article, actor, act, target, date, required, forbidden, evidence): "
                + "extracted from raw articles (--articles) or read from facts files (--facts). Prints precision, recall and F1 per article, "
                + "per act type and overall, the error kind of each miss, and the misses and false positives; "
                + "skipped inputs are named and make the exit code 1.")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "The gold file, e.g. src/test/resources/gold/seeds.jsonl.")
    Path gold;

    @ArgGroup(multiplicity = "1")
    Input input;

    /** What is scored: exactly one of the two. */
    static final class Input {
        @Option(names = "--articles", paramLabel = "DIR|FILE", required = true, arity = "1..*",
                description = "Raw articles (.txt, .html, .jsonl) or folders of them, extracted and then scored.")
        List<Path> articles;

        @Option(names = "--facts", paramLabel = "DIR|FILE", required = true, arity = "1..*",
                description = "Facts files (*.json) or folders of them, scored as they are.")
        List<Path> facts;
    }

    @Mixin
    ArticleOptions articleOptions;

    @Mixin
    ReferenceOptions referenceOptions;

    @Mixin
    ScoreOutput scoreOutput;

    @Mixin
    DictionaryOptions dictionaryOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<GoldLine> lines = GoldFile.read(gold);
        SkippedInputs skipped = new SkippedInputs(spec.commandLine().getErr());
        List<ArticleScore> scores = new ArrayList<>();
        Consumer<Facts> score = facts -> scores.add(GoldScorer.score(facts, lines));
        if (input.articles != null) {
            extract(score, skipped);
        } else {
            read(score, skipped);
        }
        scoreOutput.report(out, scores, skipped.reasons());
        if (!skipped.reasons().isEmpty()) {
            out.printf("%d inputs skipped%n", skipped.reasons().size());
            skipped.list(out);
        }
        return skipped.exitCode();
    }

    private void extract(Consumer<Facts> score, SkippedInputs skipped) {
        FactsExtractor extractor = FactsExtractor.load(dictionaryOptions.withDictionaries(referenceOptions.data()));
        ArticleFiles.read(input.articles, articleOptions.defaults(), article -> {
            Facts facts = skipped.extracted(extractor, article);
            if (facts == null) {
                return;
            }
            score.accept(facts);
        }, skipped);
    }

    private void read(Consumer<Facts> score, SkippedInputs skipped) {
        for (Path file : FactsFiles.expand(input.facts)) {
            Facts facts;
            try {
                facts = FactsJson.read(file);
            } catch (BadInputException e) {
                skipped.accept(e.getMessage());
                continue;
            }
            score.accept(facts);
        }
    }
}
