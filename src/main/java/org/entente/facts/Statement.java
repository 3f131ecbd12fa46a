package org.entente.facts;

/**
 * One act reported by the article: who ({@code actor}, a state or organisation) did what
 * ({@code act}) toward whom ({@code target}) about which claim ({@code proposition}), when, and the
 * sentence that says so. Dates are {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. An extracted
 * statement also carries its CAMEO event code ({@code cameo}, e.g. {@code "10"}) and PLOVER event
 * type ({@code plover}, e.g. {@code "DEMAND"}); curated ones may leave them null.
 */
public record Statement(String act, String actor, String speaker, String target, String proposition,
                        String date, String dateText, Span sentence, String quote,
                        String attribution, boolean negated, double confidence, String method,
                        String cameo, String plover) {

    /** A statement without event codes (curated facts, tests). */
    public Statement(String act, String actor, String speaker, String target, String proposition, String date,
                     String dateText, Span sentence, String quote, String attribution, boolean negated, double confidence,
                     String method) {
        this(act, actor, speaker, target, proposition, date, dateText, sentence, quote, attribution, negated, confidence,
                method, null, null);
    }
}
