package org.entente.extract;

import org.entente.io.ResourceFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The cue words of {@code data/lexicon/cues.tsv}, by role: light verbs, negations, prepositions, ... */
final class Cues {

    private final Map<String, Set<String>> words = new HashMap<>();

    private Cues(Iterable<String> lines) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("cue\t")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new IllegalStateException("cues.tsv: a row needs a cue and a word: " + line);
            }
            words.computeIfAbsent(cells[0], c -> new HashSet<>()).add(cells[1].strip());
        }
    }

    static Cues load() {
        return ResourceFolder.read("/lexicon", folder -> read(folder.resolve("cues.tsv")));
    }

    static Cues read(Path file) {
        try {
            return new Cues(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
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
