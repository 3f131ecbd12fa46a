package org.entente.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes Entente writes RDF and shows results with. */
public final class Namespaces {

    public static final PrefixMapping ALL = PrefixMapping.Factory.create()
            .setNsPrefix("ent", Ent.NS)
            .setNsPrefix("act", Ent.ACT_NS)
            .setNsPrefix("prov", Prov.NS)
            .setNsPrefix("org", Org.NS)
            .setNsPrefix("time", Time.NS)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("rdfs", RDFS.uri)
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("wd", Ent.WIKIDATA_NS)
            .setNsPrefix("cameo", Ent.CAMEO_NS)
            .setNsPrefix("plover", Ent.PLOVER_NS)
            .setNsPrefix("geo", Geo.NS)
            .lock();

    private Namespaces() {
    }

    /** The shared prefixes plus {@code id:} for the entity base. */
    public static PrefixMapping with(IriScheme iris) {
        return PrefixMapping.Factory.create().setNsPrefixes(ALL).setNsPrefix("id", iris.base());
    }
}
