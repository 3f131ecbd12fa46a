package org.entente.evaluate;

import org.entente.facts.Statement;

import java.util.Comparator;
import java.util.List;

/**
 * Why a required gold line was missed, read from the article's extracted statements: the one
 * scored field (actor, act, target, date) in which the nearest statement differs, or
 * {@link #NONE_FOUND} where no statement agrees on at least two of actor, act and target (a
 * target the line leaves empty agrees with any, but does not count towards the two). The
 * nearest statement is the one differing in the fewest fields; between equally near statements,
 * and for a statement differing in several fields, the first differing field in the order actor,
 * act, target, date gives the kind.
 */
public enum ErrorKind {
    ACTOR("actor"), ACT("act"), TARGET("target"), DATE("date"), NONE_FOUND("none found");

    private final String label;

    ErrorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The kind of error of a missed line among its article's statements. Statements that agree in
     * every field (taken by another gold line, or drawn from a forbidden passage) say nothing about
     * this miss and are left out.
     */
    static ErrorKind of(GoldLine missed, List<Statement> statements) {
        return statements.stream()
                .map(statement -> FieldAgreement.of(statement, missed))
                .filter(agreement -> agreement.near(missed) && !agreement.all())
                .min(Comparator.comparingInt(FieldAgreement::differences)
                        .thenComparing(FieldAgreement::firstDifference))
                .map(FieldAgreement::firstDifference)
                .orElse(NONE_FOUND);
    }
}
