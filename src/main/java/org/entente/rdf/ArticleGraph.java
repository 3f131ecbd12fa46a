package org.entente.rdf;

import org.apache.jena.rdf.model.Model;

/** The RDF of one article, to be stored as the named graph {@code name} (the article's IRI). */
public record ArticleGraph(String name, Model model) {
}
