package org.entente.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks across reference tables: unique keys, every key a row refers to is defined, and the
 * intervals that must not overlap (one organisation, member and role; one treaty, party and status;
 * one post) do not, apart from a shared handover day.
 */
final class References {

    private final List<ReferenceProblem> problems;
    private final Map<String, String> actorKeys;

    References(List<ReferenceProblem> problems, Map<String, String> actorKeys) {
        this.problems = problems;
        this.actorKeys = actorKeys;
    }

    void check(List<Located<Organisation>> organisations, List<Located<Decision>> decisions,
               List<Located<Treaty>> treaties, List<Located<Office>> offices, List<Located<Person>> people,
               List<Located<Membership>> memberships, List<Located<TreatyParty>> parties,
               List<Located<Tenure>> tenures) {
        Set<String> organisationKeys = organisations.stream().map(row -> row.value().key()).collect(Collectors.toSet());
        Set<String> decisionKeys = unique(decisions, Decision::key);
        Set<String> treatyKeys = unique(treaties, Treaty::key);
        Map<String, Office> officesByKey = new HashMap<>();
        unique(offices, Office::key);
        offices.forEach(row -> officesByKey.put(row.value().key(), row.value()));
        Set<String> personKeys = unique(people, Person::key);

        decisions.forEach(row -> refer(row.row(), "organisation", row.value().organisation(), organisationKeys, "organisation"));
        offices.forEach(row -> refer(row.row(), "of", row.value().of(), actorKeys.keySet(), "state or organisation"));
        for (Located<Membership> row : memberships) {
            Membership membership = row.value();
            refer(row.row(), "organisation", membership.organisation(), organisationKeys, "organisation");
            refer(row.row(), "member", membership.member(), actorKeys.keySet(), "state or organisation");
            if (membership.basis() != null) {
                refer(row.row(), "basis", membership.basis(), decisionKeys, "decision");
            }
        }
        for (Located<TreatyParty> row : parties) {
            refer(row.row(), "treaty", row.value().treaty(), treatyKeys, "treaty");
            refer(row.row(), "party", row.value().party(), actorKeys.keySet(), "state or organisation");
        }
        for (Located<Tenure> row : tenures) {
            Office office = officesByKey.get(row.value().office());
            if (office == null) {
                problems.add(row.row().problem("office", "\"" + row.value().office() + "\" is not an office of offices.tsv"));
            } else if (!office.isPost()) {
                problems.add(row.row().problem("office", "\"" + office.key() + "\" is a body, not a post: only posts have holders"));
            }
            refer(row.row(), "person", row.value().person(), personKeys, "person");
        }
        noOverlaps(memberships, m -> m.organisation() + " " + m.member() + " " + m.role(), Membership::period,
                "membership of the same organisation, member and role");
        noOverlaps(parties, p -> p.treaty() + " " + p.party() + " " + p.status(), TreatyParty::period,
                "interval of the same treaty, party and status");
        noOverlaps(tenures, Tenure::office, Tenure::period, "tenure of the same post");
    }

    private <T> Set<String> unique(List<Located<T>> rows, Function<T, String> key) {
        Map<String, Located<T>> seen = new LinkedHashMap<>();
        for (Located<T> row : rows) {
            Located<T> earlier = seen.putIfAbsent(key.apply(row.value()), row);
            if (earlier != null) {
                problems.add(row.row().problem("key", "\"" + key.apply(row.value()) + "\" is already defined at line "
                        + earlier.row().line()));
            }
        }
        return seen.keySet();
    }

    private void refer(TsvRow row, String column, String key, Set<String> defined, String what) {
        if (key != null && !defined.contains(key)) {
            problems.add(row.problem(column, "\"" + key + "\" is not a known " + what));
        }
    }

    private <T> void noOverlaps(List<Located<T>> rows, Function<T, String> group, Function<T, Period> period, String what) {
        Map<String, List<Located<T>>> groups = new HashMap<>();
        for (Located<T> row : rows) {
            List<Located<T>> earlier = groups.computeIfAbsent(group.apply(row.value()), g -> new ArrayList<>());
            for (Located<T> other : earlier) {
                if (period.apply(row.value()).overlaps(period.apply(other.value()))) {
                    problems.add(row.row().problem("start", period.apply(row.value()) + " overlaps the " + what
                            + " at line " + other.row().line() + " (" + period.apply(other.value()) + ")"));
                }
            }
            earlier.add(row);
        }
    }
}
