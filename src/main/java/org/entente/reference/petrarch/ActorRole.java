package org.entente.reference.petrarch;

import org.entente.reference.Period;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One role code of a dictionary entry, such as {@code CMRGOV}, with the days it applies: a null
 * period is the entry's default, which applies on the days no dated role covers. {@code [CODE >d]}
 * is from day d on, {@code [CODE <d]} the days before d, {@code [CODE d1-d2]} d1 to d2, both
 * included. {@code ---} is PETRARCH's code for "not an actor".
 */
public record ActorRole(String code, Period period) {

    public static final String NOT_AN_ACTOR = "---";

    private static final Pattern ROLE = Pattern.compile("(---|[A-Z0-9~]+)(?:\\s+(.*))?");
    private static final Pattern FROM = Pattern.compile(">\\s*(\\S+)");
    private static final Pattern BEFORE = Pattern.compile("<\\s*(\\S+)");
    private static final Pattern BETWEEN = Pattern.compile("(\\S+)\\s*-\\s*(\\S+)");

    public boolean isDefault() {
        return period == null;
    }

    /** The role written between the brackets; an {@link IllegalArgumentException} says what is wrong. */
    static ActorRole parse(String text) {
        Matcher role = ROLE.matcher(text.strip());
        if (!role.matches()) {
            throw new IllegalArgumentException("\"[" + text + "]\" is not a role: a code of capital letters and digits, then an optional >day, <day or day-day");
        }
        String restriction = role.group(2) == null ? "" : role.group(2).strip();
        return new ActorRole(role.group(1), restriction.isEmpty() ? null : period(restriction));
    }

    private static Period period(String restriction) {
        Matcher from = FROM.matcher(restriction);
        if (from.matches()) {
            return new Period(PhoenixDate.parse(from.group(1)), null);
        }
        Matcher before = BEFORE.matcher(restriction);
        if (before.matches()) {
            return new Period(LocalDate.MIN, PhoenixDate.parse(before.group(1)).minusDays(1));
        }
        Matcher between = BETWEEN.matcher(restriction);
        if (between.matches()) {
            LocalDate start = PhoenixDate.parse(between.group(1));
            LocalDate end = PhoenixDate.parse(between.group(2));
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("the interval \"" + restriction + "\" ends before it starts");
            }
            return new Period(start, end);
        }
        throw new IllegalArgumentException("\"" + restriction + "\" is not a date restriction >day, <day or day-day");
    }
}
