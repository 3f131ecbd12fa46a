package org.entente.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

import java.util.Iterator;

/** Jena quads as an RDF4J model, term for term, so that RDF4J can compare what it read with what Jena holds. */
final class Rdf4jStatements {

    private static final ValueFactory VALUES = SimpleValueFactory.getInstance();

    private Rdf4jStatements() {
    }

    /** The quads (named graphs become contexts; the default graph has none). */
    static Model of(Iterator<Quad> quads) {
        Model model = new LinkedHashModel();
        quads.forEachRemaining(quad -> {
            Resource context = quad.isDefaultGraph() ? null : (Resource) value(quad.getGraph());
            if (context == null) {
                model.add((Resource) value(quad.getSubject()), VALUES.createIRI(quad.getPredicate().getURI()), value(quad.getObject()));
            } else {
                model.add((Resource) value(quad.getSubject()), VALUES.createIRI(quad.getPredicate().getURI()), value(quad.getObject()), context);
            }
        });
        return model;
    }

    private static Value value(Node node) {
        if (node.isURI()) {
            return VALUES.createIRI(node.getURI());
        }
        if (node.isBlank()) {
            return VALUES.createBNode(node.getBlankNodeLabel());
        }
        if (!node.getLiteralLanguage().isEmpty()) {
            return VALUES.createLiteral(node.getLiteralLexicalForm(), node.getLiteralLanguage());
        }
        return VALUES.createLiteral(node.getLiteralLexicalForm(), VALUES.createIRI(node.getLiteralDatatypeURI()));
    }
}
