package org.entente.rdf;

import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The GeoSPARQL terms Entente uses for where an event happened: a geometry with a WKT point. */
public final class Geo {

    public static final String NS = "http://www.opengis.net/ont/geosparql#";

    public static final Resource Geometry = ResourceFactory.createResource(NS + "Geometry");
    public static final Property hasGeometry = ResourceFactory.createProperty(NS, "hasGeometry");
    public static final Property asWKT = ResourceFactory.createProperty(NS, "asWKT");
    /** {@code geo:wktLiteral}, e.g. {@code "POINT(37.62 55.75)"} (longitude first, WGS 84). */
    public static final RDFDatatype wktLiteral = new BaseDatatype(NS + "wktLiteral");

    private Geo() {
    }
}
