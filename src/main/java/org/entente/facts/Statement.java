package org.entente.facts;

/**
 * One act reported by the article: who ({@code actor}, a state or organisation) did what
 * ({@code act}) toward whom ({@code target}) about which claim ({@code proposition}), when, and the
 * sentence that says so. Dates are {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}.
 */
public record Statement(String act, String actor, String speaker, String target, String proposition,
                        String date, String dateText, Span sentence, String quote,
                        String attribution, boolean negated, double confidence, String method) {
}
