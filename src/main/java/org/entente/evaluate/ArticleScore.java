package org.entente.evaluate;

import org.entente.facts.Statement;

import java.util.List;

/** How the statements of one article compare with its gold lines. */
public record ArticleScore(String article, int requiredLines, int requiredMatched, int extracted, int correct,
                           List<GoldLine> misses, List<Statement> falsePositives) {

    public double precision() {
        return extracted == 0 ? 1.0 : (double) correct / extracted;
    }

    public double recall() {
        return requiredLines == 0 ? 1.0 : (double) requiredMatched / requiredLines;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The sum of several articles' scores. */
    public static ArticleScore total(List<ArticleScore> scores) {
        return new ArticleScore("overall",
                scores.stream().mapToInt(ArticleScore::requiredLines).sum(),
                scores.stream().mapToInt(ArticleScore::requiredMatched).sum(),
                scores.stream().mapToInt(ArticleScore::extracted).sum(),
                scores.stream().mapToInt(ArticleScore::correct).sum(),
                scores.stream().flatMap(s -> s.misses().stream()).toList(),
                scores.stream().flatMap(s -> s.falsePositives().stream()).toList());
    }
}
