package org.entente.generate;

import org.entente.io.ClasspathResources;
import org.entente.io.TsvFile;

import java.nio.file.Path;
import java.util.List;

/** A template file beside this package: lines of text, or a table read by {@link TsvFile}. */
final class TemplateFile {

    private TemplateFile() {
    }

    /** The lines of a text file, without its {@code #} comments and blank lines. */
    static List<String> lines(String name) {
        return ClasspathResources.lines(TemplateFile.class, name).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    /** The rows of a tab-separated file whose header names {@code columns}. */
    static List<TsvFile.Row> rows(String name, List<String> columns) {
        return TsvFile.parse(Path.of(name), ClasspathResources.lines(TemplateFile.class, name), columns);
    }
}
