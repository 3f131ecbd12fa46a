package org.entente.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * What the sentences read so far of one article tell the next: the actors last named (for "it",
 * "he", "the ministry", "this country"), the actor of the last act (for a sentence without a
 * subject), the day of the last dated act (for "hours later" and undated acts in the same story),
 * and the actor who wrote the article, if one did (for "we" and "I" outside quotes in a press
 * statement).
 */
final class Discourse {

    private static final int MEMORY = 12;

    private final Deque<String> recentActors = new ArrayDeque<>();
    private String lastPersonActor;
    private String lastBodyActor;
    private String lastSubjectActor;
    private String lastThingSubject;
    private String lastActingPerson;
    private String lastOrganisation;
    private String lastStatementActor;
    private String day;
    private final java.util.Map<String, String> localNames = new java.util.HashMap<>();
    private final String author;

    Discourse(String author) {
        this.author = author;
    }

    /** The actor who wrote the article (a government's statement), or null for a news story. */
    String author() {
        return author;
    }

    void named(Mention mention, boolean subject) {
        if (mention.actor() == null) {
            return;
        }
        recentActors.remove(mention.actor());
        recentActors.addFirst(mention.actor());
        while (recentActors.size() > MEMORY) {
            recentActors.removeLast();
        }
        switch (mention.reference()) {
            case PERSON, PERSONAL_PRONOUN -> lastPersonActor = mention.actor();
            case OFFICE, BODY -> lastBodyActor = mention.actor();
            default -> { }
        }
        if (subject) {
            lastSubjectActor = mention.actor();
            if (mention.reference() != Mention.Reference.PERSON && mention.reference() != Mention.Reference.PERSONAL_PRONOUN) {
                lastThingSubject = mention.actor();
            }
        }
        if (mention.actor().startsWith("org/")) {
            lastOrganisation = mention.actor();
        }
    }

    /** The organisation last named, for "the organization" and "the alliance" in a claim. */
    String lastOrganisation() {
        return lastOrganisation;
    }

    /** The actor a word that needs the context most likely means, or null. */
    String resolve(Mention mention, String excluding) {
        return switch (mention.reference()) {
            case PERSONAL_PRONOUN -> lastActingPerson != null ? lastActingPerson : lastPersonActor;
            case BODY -> lastBodyActor;
            case THING_PRONOUN -> excluding == null ? lastThingSubject : recentOtherThan(excluding);
            case COUNTRY -> recentOtherThan(excluding);
            case FIRST_PERSON -> null;
            default -> mention.actor();
        };
    }

    /** A person the reference tables do not know, introduced as "Belarusian President Alexander Lukashenko": later "Lukashenko" speaks for Belarus. */
    void introduce(String name, String actor) {
        localNames.put(name, actor);
    }

    /** The actor of a person introduced earlier in the article under {@code name}, or null. */
    String introduced(String name) {
        return localNames.get(name);
    }

    /** The actors named so far, newest first. */
    java.util.List<String> recent() {
        return java.util.List.copyOf(recentActors);
    }

    /** The actor named last other than {@code excluding}, or null. */
    String recentOtherThan(String excluding) {
        for (Iterator<String> it = recentActors.iterator(); it.hasNext(); ) {
            String actor = it.next();
            if (!actor.equals(excluding)) {
                return actor;
            }
        }
        return null;
    }

    /** An act was read: its actor, the mention of the person who voiced it (if a person), and its day. */
    void acted(String actor, Mention subject, String date) {
        lastStatementActor = actor;
        lastSubjectActor = actor;
        if (subject != null && subject.reference() == Mention.Reference.PERSON) {
            lastActingPerson = actor;
        } else if (subject != null && subject.reference() != Mention.Reference.PERSONAL_PRONOUN) {
            lastActingPerson = null;
        }
        if (date != null && date.length() == 10) {
            day = date;
        }
    }

    void dated(String date) {
        if (date != null && date.length() == 10) {
            day = date;
        }
    }

    String lastStatementActor() {
        return lastStatementActor;
    }

    /** The day of the last dated act of the story, or null before any. */
    String day() {
        return day;
    }
}
