package org.entente.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.entente.io.ClasspathResources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The Turtle files of {@code ontology/}, which the build copies onto the classpath. */
public final class OntologyFiles {

    private OntologyFiles() {
    }

    /** Parses {@code ontology/{name}} from the classpath. */
    public static Model read(String name) {
        // a stream, not the URL: RIOT cannot open jar: URLs, and the files are in the jar when it runs
        try (InputStream in = ClasspathResources.open("/ontology/" + name)) {
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ontology/" + name, e);
        }
    }
}
