package org.entente.evaluate;

/**
 * The four counts behind precision and recall: required gold lines, how many of them were found,
 * extracted statements, and how many of them were correct.
 */
public record MatchCounts(int required, int found, int extracted, int correct) {

    public static final MatchCounts NONE = new MatchCounts(0, 0, 0, 0);

    public double precision() {
        return extracted == 0 ? 1.0 : (double) correct / extracted;
    }

    public double recall() {
        return required == 0 ? 1.0 : (double) found / required;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public MatchCounts plus(MatchCounts other) {
        return new MatchCounts(required + other.required, found + other.found, extracted + other.extracted,
                correct + other.correct);
    }
}
