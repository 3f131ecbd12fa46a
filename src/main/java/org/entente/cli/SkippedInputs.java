package org.entente.cli;

import org.entente.article.Article;
import org.entente.extract.FactsExtractor;
import org.entente.facts.Facts;
import org.entente.ingest.ArticleIngest;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The inputs a command passed over, each with its name and reason: named on the standard error as
 * they come, listed again in the command's summary, and an exit code of 1 if there were any, so a
 * script notices that not everything was used.
 */
final class SkippedInputs implements Consumer<String> {

    private final PrintWriter err;
    private final List<String> reasons = new ArrayList<>();

    SkippedInputs(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void accept(String reason) {
        reasons.add(reason);
        err.println("skipped " + reason);
        err.flush();
    }

    /** The article's facts, or null with the article skipped and its reason said, where its extraction fails. */
    Facts extracted(FactsExtractor extractor, Article article) {
        return ArticleIngest.extractOrSkip(extractor, article, this);
    }

    synchronized List<String> reasons() {
        return List.copyOf(reasons);
    }

    /** For the end of a summary line: nothing if nothing was skipped, else {@code "; 2 inputs skipped:"}. */
    synchronized String summary() {
        return reasons.isEmpty() ? "" : "; " + reasons.size() + (reasons.size() == 1 ? " input" : " inputs") + " skipped:";
    }

    /** The reasons again, one a line, for the end of a summary. */
    void list(PrintWriter out) {
        reasons.forEach(reason -> out.println("  skipped " + reason));
        out.flush();
    }

    int exitCode() {
        return reasons.isEmpty() ? ErrorReporter.OK : ErrorReporter.BAD_INPUT;
    }
}
