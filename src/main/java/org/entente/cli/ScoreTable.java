package org.entente.cli;

import org.entente.evaluate.ArticleScore;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints gold scores: a row per article and overall, then every miss and false positive with its sentence. */
final class ScoreTable {

    private ScoreTable() {
    }

    static void print(PrintWriter out, List<ArticleScore> scores) {
        out.printf("%-28s %9s %9s %9s %9s %9s %9s%n", "article", "required", "found", "extracted", "precision", "recall", "F1");
        scores.forEach(score -> row(out, score));
        row(out, ArticleScore.total(scores));
        for (ArticleScore score : scores) {
            score.misses().forEach(miss -> out.printf("missed in %s: %s %s -> %s (%s): %s%n", score.article(),
                    miss.act(), miss.actor(), miss.target(), miss.date(), miss.evidence()));
            score.falsePositives().forEach(wrong -> out.printf("false positive in %s: %s %s -> %s (%s) [%s]: %s%n",
                    score.article(), wrong.act(), wrong.actor(), wrong.target(), wrong.date(), wrong.method(), wrong.sentence().text()));
        }
        out.flush();
    }

    private static void row(PrintWriter out, ArticleScore score) {
        out.printf(Locale.ROOT, "%-28s %9d %9d %9d %9.3f %9.3f %9.3f%n", score.article(), score.requiredLines(),
                score.requiredMatched(), score.extracted(), score.precision(), score.recall(), score.f1());
    }
}
