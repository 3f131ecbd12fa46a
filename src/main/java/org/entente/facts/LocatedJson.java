package org.entente.facts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree that remembers where each value started in the text, so that a problem found later
 * at a JSON pointer ({@code /statements/3/act}) can be reported with its line and column. Duplicate
 * keys, which a plain tree would silently drop, are recorded as problems.
 */
final class LocatedJson {

    private final JsonNode root;
    private final Map<String, JsonLocation> locations;
    private final List<Problem> duplicateKeys;

    private LocatedJson(JsonNode root, Map<String, JsonLocation> locations, List<Problem> duplicateKeys) {
        this.root = root;
        this.locations = locations;
        this.duplicateKeys = duplicateKeys;
    }

    /** Reads one JSON value that must be the whole content of the parser's input. */
    static LocatedJson read(JsonParser parser) throws IOException {
        Map<String, JsonLocation> locations = new HashMap<>();
        List<Problem> duplicates = new ArrayList<>();
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new IOException("the file holds no JSON value");
        }
        JsonNode root = new TreeBuilder(parser, locations, duplicates).value("");
        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentTokenLocation();
            duplicates.add(new Problem("", at.getLineNr(), at.getColumnNr(),
                    "unexpected content after the end of the JSON document"));
        }
        return new LocatedJson(root, locations, duplicates);
    }

    JsonNode root() {
        return root;
    }

    List<Problem> structuralProblems() {
        return duplicateKeys;
    }

    /** A problem at {@code pointer}, located at the value or, if it is missing, at its nearest parent. */
    Problem problem(String pointer, String message) {
        String at = pointer;
        while (!locations.containsKey(at) && !at.isEmpty()) {
            at = at.substring(0, at.lastIndexOf('/'));
        }
        JsonLocation location = locations.get(at);
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        return new Problem(JsonPaths.fromPointer(pointer), line, column, message);
    }

    private record TreeBuilder(JsonParser parser, Map<String, JsonLocation> locations,
                               List<Problem> duplicates) {
        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

        JsonNode value(String pointer) throws IOException {
            locations.put(pointer, parser.currentTokenLocation());
            return switch (parser.currentToken()) {
                case START_OBJECT -> object(pointer);
                case START_ARRAY -> array(pointer);
                case VALUE_STRING -> NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                default -> throw new IOException("unexpected " + parser.currentToken());
            };
        }

        private ObjectNode object(String pointer) throws IOException {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (object.has(name)) {
                    JsonLocation at = parser.currentTokenLocation();
                    duplicates.add(new Problem(JsonPaths.fromPointer(child), at.getLineNr(), at.getColumnNr(),
                            "duplicate key \"" + name + "\""));
                }
                parser.nextToken();
                object.set(name, value(child));
            }
            return object;
        }

        private ArrayNode array(String pointer) throws IOException {
            ArrayNode array = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(pointer + "/" + index++));
            }
            return array;
        }
    }
}
