package org.entente.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C Organization Ontology terms Entente uses for memberships, posts and bodies. */
public final class Org {

    public static final String NS = "http://www.w3.org/ns/org#";

    public static final Resource Membership = ResourceFactory.createResource(NS + "Membership");
    public static final Resource Post = ResourceFactory.createResource(NS + "Post");
    public static final Resource OrganizationalUnit = ResourceFactory.createResource(NS + "OrganizationalUnit");
    public static final Property member = ResourceFactory.createProperty(NS, "member");
    public static final Property organization = ResourceFactory.createProperty(NS, "organization");
    public static final Property role = ResourceFactory.createProperty(NS, "role");
    public static final Property memberDuring = ResourceFactory.createProperty(NS, "memberDuring");

    private Org() {
    }
}
