package org.entente.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Entente's own SPARQL, kept as {@code .rq} files beside the classes that run them. */
public final class ClasspathQuery {

    private ClasspathQuery() {
    }

    /** The query in the file {@code name} of {@code owner}'s package. */
    public static Query load(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath beside " + owner.getName());
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
