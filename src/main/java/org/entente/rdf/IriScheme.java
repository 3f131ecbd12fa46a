package org.entente.rdf;

import org.entente.facts.Stance;

import java.time.LocalDate;

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

    public String membership(String organisationId, String memberId, String role, LocalDate start) {
        return base + "membership/" + key(organisationId) + "/" + key(memberId) + "/" + role + "/" + start;
    }

    public String participation(String treatyId, String partyId, String status, LocalDate start) {
        return base + "participation/" + key(treatyId) + "/" + key(partyId) + "/" + status + "/" + start;
    }

    public String tenure(String officeId, String personId, LocalDate start) {
        return base + "tenure/" + key(officeId) + "/" + key(personId) + "/" + start;
    }

    /** The graph that holds the reference knowledge of {@code data/reference/}. */
    public String referenceGraph() {
        return base + "graph/reference";
    }

    /** The key part of an actor id: {@code RUS} of {@code state/RUS}. */
    private static String key(String actorId) {
        return actorId.substring(actorId.indexOf('/') + 1);
    }

    /** The graph that holds the positions derived from all statements. */
    public String positionsGraph() {
        return base + "graph/positions";
    }

    /** An imported event, by its dataset ({@code gdelt}) and the dataset's id of it: {@code event/gdelt/881229412}. */
    public String event(String dataset, String id) {
        return base + "event/" + dataset + "/" + segment(id);
    }

    /** The graph of the events of one imported file, named by the dataset and the file's name. */
    public String eventGraph(String dataset, String fileName) {
        return base + "graph/events/" + dataset + "/" + segment(fileName);
    }

    /** The graph that holds the CAMEO codes and PLOVER types of {@code data/event-codes/}. */
    public String eventCodesGraph() {
        return base + "graph/event-codes";
    }

    /** Percent-encodes what is not safe in an IRI path; {@code /} is kept, to separate the parts of compound ids. */
    private static String segment(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** Expands a short key such as {@code state/RUS} against the base; absolute IRIs pass unchanged. */
    public String expand(String keyOrIri) {
        return keyOrIri.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") ? keyOrIri : base + keyOrIri;
    }
}
