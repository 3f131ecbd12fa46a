/**
 * Facts to RDF: the ontology's terms as constants ({@link org.entente.rdf.Ent}), entity IRIs
 * ({@link org.entente.rdf.IriScheme}), the converter that turns one article's facts into its named
 * graph, the derivation of positions from statements, and SHACL conformance.
 */
package org.entente.rdf;
