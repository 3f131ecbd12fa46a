package org.entente.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The lines of a template file beside this package, without its {@code #} comments and blank lines. */
final class TemplateFile {

    private TemplateFile() {
    }

    static List<String> lines(String name) {
        InputStream in = TemplateFile.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the template file " + name + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template file " + name, e);
        }
    }

    /** The rows of a tab-separated file, without its header row. */
    static List<String[]> rows(String name) {
        List<String> lines = lines(name);
        return lines.subList(1, lines.size()).stream().map(line -> line.split("\t", -1)).toList();
    }
}
