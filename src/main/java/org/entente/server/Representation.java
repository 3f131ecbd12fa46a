package org.entente.server;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The forms in which the server describes a resource, chosen from a request's {@code Accept}
 * header. The first listed wins where the client has no preference ({@code *}{@code /*}, or no header).
 */
enum Representation {
    TURTLE("text/turtle", RDFFormat.TURTLE_PRETTY),
    JSON_LD("application/ld+json", RDFFormat.JSONLD11_PRETTY),
    N_TRIPLES("application/n-triples", RDFFormat.NTRIPLES),
    RDF_XML("application/rdf+xml", RDFFormat.RDFXML_PRETTY),
    HTML("text/html", null);

    private final String mediaType;
    private final RDFFormat format;

    Representation(String mediaType, RDFFormat format) {
        this.mediaType = mediaType;
        this.format = format;
    }

    String mediaType() {
        return mediaType;
    }

    /** The RDF format, or null for HTML. */
    RDFFormat format() {
        return format;
    }

    boolean isRdf() {
        return format != null;
    }

    /** The RDF forms only (for documents that have no HTML page). */
    static List<Representation> rdf() {
        return Arrays.stream(values()).filter(Representation::isRdf).toList();
    }

    /** The best of {@code offers} for an {@code Accept} header (null or blank: the first offer); empty if none is acceptable. */
    static Optional<Representation> negotiate(String accept, List<Representation> offers) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offers.get(0));
        }
        AcceptList offered = AcceptList.create(offers.stream().map(Representation::mediaType).toArray(String[]::new));
        MediaType chosen = AcceptList.match(new AcceptList(accept), offered);
        return offers.stream().filter(offer -> chosen != null && offer.mediaType.equals(chosen.getContentTypeStr())).findFirst();
    }
}
