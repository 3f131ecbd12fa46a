package org.entente.extract;

/**
 * A reference to an actor in a sentence, tokens {@code first..last}: a name the gazetteer knows
 * ({@code entity} is what it names, {@code actor} the state or organisation it stands or speaks
 * for), or a pronoun or a phrase such as "the ministry" whose actor comes from the context
 * ({@code contextActor} where it stands as a subject; {@code recentBefore} the actors named before it, newest first).
 */
record Mention(int first, int last, String entity, String actor, Reference reference, String contextActor,
               java.util.List<String> recentBefore) {

    /** How the mention refers. */
    enum Reference { NAME, METONYM, DEMONYM, PERSON, OFFICE, PERSONAL_PRONOUN, THING_PRONOUN, FIRST_PERSON, BODY, COUNTRY }

    boolean needsContext() {
        return actor == null;
    }

    /** This mention with the actor the context gives it where it stands (as a subject). */
    Mention inContext(String resolved, java.util.List<String> recent) {
        return new Mention(first, last, entity, actor, reference, resolved, recent);
    }

    /** The most recent actor named before this mention other than {@code excluding}: "its", "this country" as an object. */
    String recentOtherThan(String excluding) {
        return recentBefore == null ? null : recentBefore.stream().filter(a -> !a.equals(excluding)).findFirst().orElse(null);
    }
}
