package org.entente.rdf;

import org.entente.facts.BadInputException;

/** A converted article graph that breaks {@code ontology/shapes.ttl}; carries the SHACL report. */
public class NonConformingGraphException extends BadInputException {

    private final String report;

    public NonConformingGraphException(String graph, int violations, String report) {
        super("graph <" + graph + "> does not conform to ontology/shapes.ttl (" + violations
                + (violations == 1 ? " violation" : " violations") + "):\n" + report);
        this.report = report;
    }

    public String report() {
        return report;
    }
}
