package org.entente.reference;

import java.util.List;

/** A person holding a post over a period. */
public record Tenure(String office, String person, Period period, List<Source> sources) {
}
