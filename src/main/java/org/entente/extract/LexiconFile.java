package org.entente.extract;

import org.entente.io.ResourceFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A tab-separated rule file of {@code data/lexicon/} (packaged under {@code /lexicon}): its rows, without comments, blank lines and the header. */
final class LexiconFile {

    private LexiconFile() {
    }

    /** The rows of the packaged file {@code name}, each with exactly {@code cells} cells. */
    static List<String[]> packaged(String name, int cells) {
        return ResourceFolder.read("/lexicon", folder -> rows(folder.resolve(name), cells));
    }

    static List<String[]> rows(Path file, int cells) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] row = line.split("\t");
            if (row.length != cells) {
                throw new IllegalStateException(file.getFileName() + ", line " + (i + 1) + ": a row needs " + cells + " cells: " + line);
            }
            rows.add(row);
        }
        return rows;
    }
}
