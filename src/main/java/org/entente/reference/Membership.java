package org.entente.reference;

import java.util.List;

/** A state's (or organisation's) membership of an organisation in one role over a period. */
public record Membership(String organisation, String member, String role, Period period, String basis, List<Source> sources) {

    public static final List<String> ROLES = List.of("member", "suspended", "partner", "aspirant", "observer", "permanent-member");
}
