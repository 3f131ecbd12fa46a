package org.entente.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms Entente uses for provenance. */
public final class Prov {

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS, "wasAttributedTo");

    private Prov() {
    }
}
