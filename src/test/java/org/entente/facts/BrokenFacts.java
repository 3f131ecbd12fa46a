package org.entente.facts;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The facts of {@code src/test/resources/facts/minimal.json} broken in one way each: the file's tree
 * with the named edits, written where a test reads it, under the case's name ({@code unknown-act.json}).
 */
public enum BrokenFacts {
    UNKNOWN_ACT(Edit.set("/statements/0/act", "GLOAT")),
    ACTOR_WITHOUT_ID(Edit.remove("/actors/1/id")),
    IMPOSSIBLE_DATE(Edit.set("/statements/0/date", "2021-13-40")),
    MISSING_PROPOSITION(Edit.set("/statements/1/proposition", "no-such-claim")),
    SEVERAL_PROBLEMS(Edit.set("/actors/0/wikidata", "159"), Edit.set("/statements/0/act", "GLOAT"),
            Edit.set("/statements/1/date", "2021-02-30")),
    SEVERAL_RULE_PROBLEMS(Edit.set("/statements/0/date", "2021-02-30"), Edit.set("/statements/1/target", "state/FRA"),
            Edit.set("/statements/1/sentence/end", 99));

    public static final Path MINIMAL = Path.of("src/test/resources/facts/minimal.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<Edit> edits;

    BrokenFacts(Edit... edits) {
        this.edits = List.of(edits);
    }

    /** The file name of the case: {@code unknown-act.json}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".json";
    }

    /** Writes the broken facts into {@code folder} as {@link #fileName()}, pretty-printed, and returns the file. */
    public Path writeIn(Path folder) {
        Path file = folder.resolve(fileName());
        try {
            ObjectNode tree = (ObjectNode) MAPPER.readTree(MINIMAL.toFile());
            edits.forEach(edit -> edit.applyTo(tree));
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** One change at a JSON Pointer: a field's new value, or the field removed where the value is null. */
    private record Edit(String pointer, JsonNode value) {
        static Edit set(String pointer, String value) {
            return new Edit(pointer, TextNode.valueOf(value));
        }

        static Edit set(String pointer, int value) {
            return new Edit(pointer, IntNode.valueOf(value));
        }

        static Edit remove(String pointer) {
            return new Edit(pointer, null);
        }

        void applyTo(ObjectNode tree) {
            JsonPointer at = JsonPointer.compile(pointer);
            ObjectNode parent = (ObjectNode) tree.at(at.head());
            String field = at.last().getMatchingProperty();
            if (!parent.has(field)) {
                throw new IllegalArgumentException(pointer + " is not in " + MINIMAL);
            }
            if (value == null) {
                parent.remove(field);
            } else {
                parent.set(field, value);
            }
        }
    }
}
