package org.entente.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

import java.net.URL;

/** The Turtle files of {@code ontology/}, which the build copies onto the classpath. */
public final class OntologyFiles {

    private OntologyFiles() {
    }

    /** Parses {@code ontology/{name}} from the classpath. */
    public static Model read(String name) {
        URL url = OntologyFiles.class.getResource("/ontology/" + name);
        if (url == null) {
            throw new IllegalStateException("ontology/" + name + " is missing from the classpath");
        }
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(url.toString()).lang(Lang.TURTLE).parse(model);
        return model;
    }
}
