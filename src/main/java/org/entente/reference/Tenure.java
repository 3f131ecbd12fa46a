package org.entente.reference;

/** A person holding a post over a period. */
public record Tenure(String office, String person, Period period, String source) {
}
