package org.entente.generate;

import org.entente.io.TsvFile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** A template file beside this package: lines of text, or a table read by {@link TsvFile}. */
final class TemplateFile {

    private TemplateFile() {
    }

    /** The lines of a text file, without its {@code #} comments and blank lines. */
    static List<String> lines(String name) {
        return read(name).stream().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    /** The rows of a tab-separated file whose header names {@code columns}. */
    static List<TsvFile.Row> rows(String name, List<String> columns) {
        return TsvFile.parse(Path.of(name), read(name), columns);
    }

    private static List<String> read(String name) {
        InputStream in = TemplateFile.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the template file " + name + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template file " + name, e);
        }
    }
}
