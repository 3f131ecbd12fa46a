package org.entente.evaluate;

import org.entente.facts.Statement;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which scored fields of a gold line a statement agrees with, by the rule of the gold README: the
 * actor, the act family (DEMAND~REQUEST, OPPOSE~REJECT), the target and the date, the last two
 * agreeing with anything where the gold line leaves them empty; for CONSULT, actor and target may
 * be swapped.
 */
record FieldAgreement(boolean actor, boolean act, boolean target, boolean date) {

    private static final Map<String, String> FAMILY = Map.of("REQUEST", "DEMAND", "REJECT", "OPPOSE");

    static FieldAgreement of(Statement statement, GoldLine line) {
        String actor = key(statement.actor());
        String target = key(statement.target());
        boolean sameAct = family(statement.act()).equals(family(line.act()));
        boolean sameDate = line.date() == null || line.date().equals(statement.date());
        FieldAgreement direct = new FieldAgreement(Objects.equals(line.actor(), actor), sameAct,
                line.target() == null || line.target().equals(target), sameDate);
        if (!"CONSULT".equals(line.act()) || line.target() == null) {
            return direct;
        }
        FieldAgreement swapped = new FieldAgreement(Objects.equals(line.actor(), target), sameAct,
                line.target().equals(actor), sameDate);
        return swapped.differences() < direct.differences() ? swapped : direct;
    }

    boolean all() {
        return differences() == 0;
    }

    int differences() {
        return (actor ? 0 : 1) + (act ? 0 : 1) + (target ? 0 : 1) + (date ? 0 : 1);
    }

    /**
     * Agrees on at least two of actor, act and target, a target the line leaves empty not counting:
     * the statement may be a wrong reading of the line.
     */
    boolean near(GoldLine line) {
        return (actor ? 1 : 0) + (act ? 1 : 0) + (target && line.target() != null ? 1 : 0) >= 2;
    }

    /** The first field that differs, in the order actor, act, target, date ({@link ErrorKind#NONE_FOUND} if none does). */
    ErrorKind firstDifference() {
        return !actor ? ErrorKind.ACTOR : !act ? ErrorKind.ACT : !target ? ErrorKind.TARGET
                : !date ? ErrorKind.DATE : ErrorKind.NONE_FOUND;
    }

    private static String family(String act) {
        return FAMILY.getOrDefault(act, act);
    }

    /**
     * The gold's key of an actor id: {@code state/RUS} is {@code RUS}, {@code org/NATO} is {@code NATO}, and a
     * non-state actor's slug in capitals without its hyphens: {@code group/taliban} is {@code TALIBAN},
     * {@code group/mahan-air} is {@code MAHANAIR}.
     */
    static String key(String actorId) {
        if (actorId == null) {
            return null;
        }
        String local = actorId.substring(actorId.indexOf('/') + 1);
        return actorId.startsWith("group/") ? local.replace("-", "").toUpperCase(Locale.ROOT) : local;
    }
}
