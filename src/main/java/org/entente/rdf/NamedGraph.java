package org.entente.rdf;

import org.apache.jena.rdf.model.Model;

/** RDF to be stored as the named graph {@code name}: an article's graph (named by the article's IRI) or the reference graph. */
public record NamedGraph(String name, Model model) {
}
