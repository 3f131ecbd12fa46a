package org.entente.extract;

import org.entente.io.TsvFile;

import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The cue words of {@code data/lexicon/cues.tsv}, by role: light verbs, negations, prepositions, ... */
final class Cues {

    private final Map<String, Set<String>> words = new HashMap<>();

    private Cues(List<TsvFile.Row> rows) {
        for (TsvFile.Row row : rows) {
            words.computeIfAbsent(row.get("cue"), c -> new HashSet<>()).add(row.get("word"));
        }
    }

    static Cues load() {
        return new Cues(LexiconFile.packaged("cues.tsv", List.of("cue", "word")));
    }

    /** Whether {@code word} is listed under the cue as written (for cues that list act types). */
    boolean lists(String cue, String word) {
        return words.getOrDefault(cue, Set.of()).contains(word);
    }

    /** Whether the token is a word of the cue (by its lower-case form or its lemma). */
    boolean is(String cue, Token token) {
        Set<String> set = words.get(cue);
        if (set == null) {
            throw new IllegalStateException("cues.tsv has no cue " + cue);
        }
        return set.contains(token.lower()) || set.contains(token.lemma());
    }
}
