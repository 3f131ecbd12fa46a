package org.entente.cli;

import org.entente.evaluate.ActScore;
import org.entente.evaluate.ArticleScore;
import org.entente.evaluate.MatchCounts;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints gold scores: a row per article and overall, a row per act type, the number of misses of
 * each error kind, then every miss (with its kind) and false positive with its sentence.
 */
final class ScoreTable {

    private ScoreTable() {
    }

    static void print(PrintWriter out, List<ArticleScore> scores) {
        ArticleScore total = ArticleScore.total(scores);
        header(out, "article");
        scores.forEach(score -> row(out, score.article(), score.counts()));
        row(out, total.article(), total.counts());
        out.println();
        header(out, "act");
        for (ActScore act : total.acts()) {
            row(out, act.act(), act.counts());
        }
        out.println();
        out.printf("%-28s %9s%n", "error kind", "misses");
        total.errorKinds().forEach((kind, count) -> out.printf("%-28s %9d%n", kind.label(), count));
        for (ArticleScore score : scores) {
            score.misses().forEach(miss -> out.printf("missed in %s (%s): %s %s -> %s (%s): %s%n", score.article(),
                    miss.kind().label(), miss.line().act(), miss.line().actor(), miss.line().target(),
                    miss.line().date(), miss.line().evidence()));
            score.falsePositives().forEach(wrong -> out.printf("false positive in %s: %s %s -> %s (%s) [%s]: %s%n",
                    score.article(), wrong.act(), wrong.actor(), wrong.target(), wrong.date(), wrong.method(), wrong.sentence().text()));
        }
        out.flush();
    }

    private static void header(PrintWriter out, String first) {
        out.printf("%-28s %9s %9s %9s %9s %9s %9s%n", first, "required", "found", "extracted", "precision", "recall", "F1");
    }

    private static void row(PrintWriter out, String label, MatchCounts counts) {
        out.printf(Locale.ROOT, "%-28s %9d %9d %9d %9.3f %9.3f %9.3f%n", label, counts.required(),
                counts.found(), counts.extracted(), counts.precision(), counts.recall(), counts.f1());
    }
}
