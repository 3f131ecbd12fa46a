package org.entente.reference;

import java.util.List;

/** A state or organisation bound by (or having signed, or suspended) a treaty over a period. */
public record TreatyParty(String treaty, String party, String status, Period period, List<Source> sources) {

    public static final List<String> STATUSES = List.of("party", "signatory", "suspended");
}
