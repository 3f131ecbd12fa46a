package org.entente.evaluate;

import org.entente.facts.Statement;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How the statements of one article (or of several, added up) compare with its gold lines, overall and per act. */
public record ArticleScore(String article, MatchCounts counts, List<ActScore> acts, List<Miss> misses,
                           List<Statement> falsePositives) {

    public int requiredLines() {
        return counts.required();
    }

    public int requiredMatched() {
        return counts.found();
    }

    public int extracted() {
        return counts.extracted();
    }

    public int correct() {
        return counts.correct();
    }

    public double precision() {
        return counts.precision();
    }

    public double recall() {
        return counts.recall();
    }

    public double f1() {
        return counts.f1();
    }

    /** How many misses are of each kind, every kind listed (in their order) even where none is. */
    public Map<ErrorKind, Integer> errorKinds() {
        Map<ErrorKind, Integer> kinds = new EnumMap<>(ErrorKind.class);
        for (ErrorKind kind : ErrorKind.values()) {
            kinds.put(kind, 0);
        }
        misses.forEach(miss -> kinds.merge(miss.kind(), 1, Integer::sum));
        return kinds;
    }

    /** The sum of several articles' scores. */
    public static ArticleScore total(List<ArticleScore> scores) {
        return new ArticleScore("overall",
                scores.stream().map(ArticleScore::counts).reduce(MatchCounts.NONE, MatchCounts::plus),
                ActScore.sum(scores.stream().map(ArticleScore::acts).toList()),
                scores.stream().flatMap(s -> s.misses().stream()).toList(),
                scores.stream().flatMap(s -> s.falsePositives().stream()).toList());
    }
}
