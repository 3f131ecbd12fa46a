package org.entente.rdf;

import org.entente.facts.Stance;

/**
 * Readable IRIs for everything Entente names, under one configurable base:
 * {@code {base}state/RUS}, {@code {base}article/{id}}, {@code {base}statement/{article}/{n}}, ...
 */
public record IriScheme(String base) {

    public static final String DEFAULT_BASE = "https://w3id.org/entente/id/";

    public IriScheme {
        if (!base.endsWith("/") && !base.endsWith("#")) {
            throw new IllegalArgumentException("the IRI base must end with '/' or '#': " + base);
        }
    }

    public static IriScheme defaults() {
        return new IriScheme(DEFAULT_BASE);
    }

    /** An actor from its facts id, e.g. {@code state/RUS}. */
    public String actor(String id) {
        return base + id;
    }

    /** The article, which is also the name of the article's graph. */
    public String article(String id) {
        return base + "article/" + id;
    }

    public String statement(String articleId, int number) {
        return base + "statement/" + articleId + "/" + number;
    }

    public String proposition(String id) {
        return base + "proposition/" + id;
    }

    public String argument(String propositionId, String role) {
        return proposition(propositionId) + "/arg/" + role;
    }

    /** The position of an actor on a proposition, both given by IRI, e.g. {@code position/membership-UKR-NATO/state/RUS/opposition}. */
    public String position(String propositionIri, String actorIri, Stance stance) {
        return base + "position/" + local(local(propositionIri).replaceFirst("^proposition/", ""))
                + "/" + local(actorIri) + "/" + (stance == Stance.SUPPORTS ? "support" : "opposition");
    }

    private String local(String iri) {
        return iri.startsWith(base) ? iri.substring(base.length()) : iri.replaceAll("[^A-Za-z0-9_.-]+", "_");
    }

    /** The graph that holds the positions derived from all statements. */
    public String positionsGraph() {
        return base + "graph/positions";
    }

    /** Expands a short key such as {@code state/RUS} against the base; absolute IRIs pass unchanged. */
    public String expand(String keyOrIri) {
        return keyOrIri.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") ? keyOrIri : base + keyOrIri;
    }
}
