package org.entente.evaluate;

import org.entente.facts.Facts;
import org.entente.facts.Statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The scoring rule of the gold README: a statement matches a gold line with the same article and
 * actor, the same act family (DEMAND~REQUEST, OPPOSE~REJECT), the same target and date where the
 * gold gives them (CONSULT in either direction); each gold line matches at most once, required
 * lines first, and a statement drawn from a forbidden passage is always wrong. A negated statement
 * ("did not reject") asserts no act and the gold format has no negation, so it is not scored.
 * Scores are also kept per act type ({@link ActScore}) and each miss carries its {@link ErrorKind}.
 */
public final class GoldScorer {

    private GoldScorer() {
    }

    public static ArticleScore score(Facts facts, List<GoldLine> gold) {
        String article = facts.article().id();
        List<GoldLine> lines = gold.stream().filter(line -> article.equals(line.article())).toList();
        List<GoldLine> required = lines.stream().filter(line -> !line.forbidden() && line.required()).toList();
        List<GoldLine> optional = lines.stream().filter(line -> !line.forbidden() && !line.required()).toList();
        List<GoldLine> forbidden = lines.stream().filter(GoldLine::forbidden).toList();

        List<Statement> asserted = facts.statements().stream().filter(statement -> !statement.negated()).toList();
        List<Statement> candidates = asserted.stream()
                .filter(statement -> forbidden.stream().noneMatch(line -> overlaps(statement, line))).toList();
        int[] requiredMatch = match(candidates, required);
        List<Statement> rest = new ArrayList<>();
        for (int s = 0; s < candidates.size(); s++) {
            if (requiredMatch[s] < 0) {
                rest.add(candidates.get(s));
            }
        }
        int[] optionalMatch = match(rest, optional);

        Set<Integer> matchedRequired = new HashSet<>();
        Arrays.stream(requiredMatch).filter(i -> i >= 0).forEach(matchedRequired::add);
        List<GoldLine> missed = new ArrayList<>();
        for (int g = 0; g < required.size(); g++) {
            if (!matchedRequired.contains(g)) {
                missed.add(required.get(g));
            }
        }
        List<Statement> falsePositives = new ArrayList<>(asserted.stream()
                .filter(statement -> !candidates.contains(statement)).toList());
        for (int s = 0; s < rest.size(); s++) {
            if (optionalMatch[s] < 0) {
                falsePositives.add(rest.get(s));
            }
        }
        MatchCounts counts = new MatchCounts(required.size(), matchedRequired.size(), asserted.size(),
                asserted.size() - falsePositives.size());
        List<Miss> misses = missed.stream().map(line -> new Miss(line, ErrorKind.of(line, asserted))).toList();
        return new ArticleScore(article, counts, ActScore.of(required, missed, asserted, falsePositives), misses,
                falsePositives);
    }

    static boolean matches(Statement statement, GoldLine line) {
        return FieldAgreement.of(statement, line).all();
    }

    /** Maximum matching of statements to gold lines (Kuhn's augmenting paths); result[s] is a line index or -1. */
    private static int[] match(List<Statement> statements, List<GoldLine> lines) {
        int[] lineOwner = new int[lines.size()];
        Arrays.fill(lineOwner, -1);
        for (int s = 0; s < statements.size(); s++) {
            augment(s, statements, lines, lineOwner, new boolean[lines.size()]);
        }
        int[] statementLine = new int[statements.size()];
        Arrays.fill(statementLine, -1);
        for (int g = 0; g < lines.size(); g++) {
            if (lineOwner[g] >= 0) {
                statementLine[lineOwner[g]] = g;
            }
        }
        return statementLine;
    }

    private static boolean augment(int s, List<Statement> statements, List<GoldLine> lines, int[] lineOwner, boolean[] seen) {
        for (int g = 0; g < lines.size(); g++) {
            if (!seen[g] && matches(statements.get(s), lines.get(g))) {
                seen[g] = true;
                if (lineOwner[g] < 0 || augment(lineOwner[g], statements, lines, lineOwner, seen)) {
                    lineOwner[g] = s;
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the statement's sentence and a forbidden passage share text. */
    private static boolean overlaps(Statement statement, GoldLine forbidden) {
        String sentence = normalise(statement.sentence().text());
        String passage = normalise(forbidden.evidence());
        return sentence.contains(passage) || passage.contains(sentence);
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
