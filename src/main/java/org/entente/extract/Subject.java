package org.entente.extract;

import java.util.List;

/** Who acted, as read from a sentence: the actors, the mention that names them (if any), the rule and how sure it is. */
record Subject(List<String> actors, Mention mention, String rule, double confidence) {

    /** "We insist": the actor is the speaker of the quote, found elsewhere. */
    boolean firstPerson() {
        return actors.isEmpty();
    }
}
