package org.entente.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.facts.BadInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a gold file: one JSON object a line; blank lines are skipped; a bad line is named by number. */
public final class GoldFile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoldFile() {
    }

    public static List<GoldLine> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("the gold file " + file + " does not exist");
        } catch (IOException e) {
            throw new BadInputException("cannot read the gold file " + file + ": " + e.getMessage());
        }
        List<GoldLine> gold = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                gold.add(MAPPER.readValue(lines.get(i), GoldLine.class));
            } catch (JsonProcessingException e) {
                throw new BadInputException(file + ", line " + (i + 1) + ": " + e.getOriginalMessage());
            }
        }
        return gold;
    }
}
