package org.entente.cli;

import org.entente.article.Article;
import org.entente.article.ArticleFiles;
import org.entente.evaluate.ArticleScore;
import org.entente.evaluate.GoldFile;
import org.entente.evaluate.GoldLine;
import org.entente.evaluate.GoldScorer;
import org.entente.extract.FactsExtractor;
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

/** {@code entente eval --gold FILE --articles DIR}: extracts facts from raw articles and scores them against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Extract facts from raw articles and score them against a gold file (JSON Lines: article, actor, act, target, date, required, forbidden, evidence): precision, recall and F1 per article and overall, with the misses and false positives.")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "The gold file, e.g. src/test/resources/gold/seeds.jsonl.")
    Path gold;

    @Option(names = "--articles", paramLabel = "DIR|FILE", required = true, arity = "1..*", description = "Articles or folders of them.")
    List<Path> articles;

    @Mixin
    ArticleOptions articleOptions;

    @Mixin
    ReferenceOptions referenceOptions;

    @Mixin
    DictionaryOptions dictionaryOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<GoldLine> lines = GoldFile.read(gold);
        FactsExtractor extractor = FactsExtractor.load(dictionaryOptions.withDictionaries(referenceOptions.data()));
        List<ArticleScore> scores = new ArrayList<>();
        for (Article article : ArticleFiles.readAll(articles, articleOptions.defaults(), skipped -> spec.commandLine().getErr().println("skipped " + skipped))) {
            scores.add(GoldScorer.score(extractor.extract(article), lines));
        }
        ScoreTable.print(out, scores);
        return ErrorReporter.OK;
    }
}
