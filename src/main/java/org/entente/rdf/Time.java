package org.entente.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The OWL-Time terms Entente uses for intervals: a beginning and an optional end, each an instant on a day. */
public final class Time {

    public static final String NS = "http://www.w3.org/2006/time#";

    public static final Resource Interval = ResourceFactory.createResource(NS + "Interval");
    public static final Resource Instant = ResourceFactory.createResource(NS + "Instant");
    public static final Property hasBeginning = ResourceFactory.createProperty(NS, "hasBeginning");
    public static final Property hasEnd = ResourceFactory.createProperty(NS, "hasEnd");
    public static final Property inXSDDate = ResourceFactory.createProperty(NS, "inXSDDate");

    private Time() {
    }
}
