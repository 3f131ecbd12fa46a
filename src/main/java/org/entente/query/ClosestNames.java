package org.entente.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The entities whose names (or keys) are nearest, by edit distance, to something a user typed that names none. */
final class ClosestNames {

    private static final int SHOWN = 3;

    private ClosestNames() {
    }

    /** Up to three entities, nearest first, each once, as {@code Russia (state/RUS)}. */
    static List<String> to(String typed, Collection<EntityName> names) {
        String wanted = EntityName.normalise(typed);
        Map<String, Integer> nearest = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (EntityName name : names) {
            int distance = Math.min(distance(wanted, EntityName.normalise(name.name())),
                    distance(wanted, EntityName.normalise(name.key())));
            nearest.merge(name.iri(), distance, Math::min);
            shown.putIfAbsent(name.iri(), name.shown());
        }
        return nearest.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(entry -> shown.get(entry.getKey())))
                .limit(SHOWN).map(entry -> shown.get(entry.getKey())).toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
