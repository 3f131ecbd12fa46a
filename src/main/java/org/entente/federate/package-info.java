/**
 * Federation: one SPARQL query answered across several SPARQL endpoints with RDF4J FedX, which
 * picks the endpoints that can answer each part and joins the parts. Answers come back as Jena
 * results, so they are printed like the answers of the single store.
 */
package org.entente.federate;
