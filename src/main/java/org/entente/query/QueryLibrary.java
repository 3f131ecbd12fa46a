package org.entente.query;

import org.entente.facts.BadInputException;
import org.entente.io.ClasspathResources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The named queries of a folder ({@code queries/}) or of the classpath copy the build puts in the jar. */
public final class QueryLibrary {

    private final Map<String, NamedQuery> queries;

    private QueryLibrary(Map<String, NamedQuery> queries) {
        this.queries = queries;
    }

    /** Every {@code *.rq} file directly in {@code folder}; a folder that is not there is bad input. */
    public static QueryLibrary fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException("the query folder " + folder
                    + (Files.exists(folder) ? " is a file, not a folder" : " does not exist"));
        }
        try (Stream<Path> files = Files.list(folder)) {
            Map<String, NamedQuery> queries = new TreeMap<>();
            files.filter(file -> file.getFileName().toString().endsWith(".rq")).forEach(file -> {
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                queries.put(name, NamedQuery.parse(name, read(file)));
            });
            return new QueryLibrary(queries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the queries in " + folder, e);
        }
    }

    /** The queries packaged under {@code /queries} on the classpath (a folder in development, the jar otherwise). */
    public static QueryLibrary fromClasspath() {
        return ClasspathResources.folder("/queries", QueryLibrary::fromFolder);
    }

    public Collection<NamedQuery> all() {
        return queries.values();
    }

    public NamedQuery get(String name) {
        NamedQuery query = queries.get(name);
        if (query == null) {
            throw new BadInputException("no query named \"" + name + "\"; known: " + String.join(", ", queries.keySet()));
        }
        return query;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
