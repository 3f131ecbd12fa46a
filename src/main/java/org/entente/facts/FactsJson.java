package org.entente.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes facts files. Reading checks, in order, that the bytes are UTF-8, that they are
 * JSON, that the JSON fits {@code facts.schema.json}, and that it keeps the format's rules; it
 * collects every problem of a stage before it stops, and throws {@link InvalidFactsException}.
 */
public final class FactsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final FactsSchema SCHEMA = FactsSchema.load();

    private FactsJson() {
    }

    public static Facts read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidFactsException(file.toString(), List.of(new Problem("", 0, 0, "cannot read the file: " + e)));
        }
        return read(file.toString(), bytes);
    }

    /** Reads facts from {@code bytes}; {@code source} names them in error messages. */
    public static Facts read(String source, byte[] bytes) {
        String text = decodeUtf8(source, bytes);
        if (text.isBlank()) {
            throw new InvalidFactsException(source, List.of(new Problem("", 0, 0, "the file is empty; a facts file is one JSON object")));
        }
        LocatedJson json = parse(source, text);
        List<Problem> problems = new ArrayList<>(json.structuralProblems());
        problems.addAll(SCHEMA.check(json));
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(source, problems);
        }
        Facts facts = MAPPER.convertValue(json.root(), Facts.class);
        problems.addAll(FactsRules.check(facts, json));
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(source, problems);
        }
        return facts;
    }

    public static String write(Facts facts) {
        try {
            return MAPPER.writeValueAsString(facts) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("facts cannot be written as JSON", e);
        }
    }

    public static void write(Facts facts, Path file) {
        try {
            Files.writeString(file, write(facts), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocatedJson parse(String source, String text) {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            return LocatedJson.read(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new InvalidFactsException(source, List.of(new Problem("", line, column,
                    "not valid JSON: " + firstLine(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new InvalidFactsException(source, List.of(new Problem("", 0, 0, "not valid JSON: " + e.getMessage())));
        }
    }

    private static String decodeUtf8(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidFactsException(source, List.of(new Problem("", 0, 0,
                    "not UTF-8 text: invalid byte sequence at byte offset " + in.position())));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
