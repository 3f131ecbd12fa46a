package org.entente.extract;

import org.entente.article.Article;
import org.entente.reference.Gazetteer;

import java.util.List;

/**
 * Who wrote an article, when a state or an organisation did: the actor the article's source names
 * ("The White House, Briefing Room" is the United States; "Wikinews" and "Reuters" are nobody).
 * In such an article, "we" and "I" outside quotes are that actor.
 */
final class Authors {

    private static final List<Gazetteer.Kind> NAMING = List.of(Gazetteer.Kind.NAME, Gazetteer.Kind.ALIAS, Gazetteer.Kind.METONYM);

    /** The actors whose statements speak as "we": states and organisations, not the news agencies the dictionaries name. */
    private static final List<String> GOVERNING = List.of("state/", "org/");

    private final Gazetteer gazetteer;

    Authors(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The actor the article's source names at its start, or null. */
    String of(Article article) {
        if (article.source() == null) {
            return null;
        }
        String[] words = article.source().split("[\\s,()–-]+");
        for (int length = Math.min(words.length, gazetteer.longestName()); length > 0; length--) {
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, length));
            for (Gazetteer.Match match : gazetteer.lookup(name, article.published())) {
                if (NAMING.contains(match.kind()) && match.actor() != null && GOVERNING.stream().anyMatch(match.actor()::startsWith)) {
                    return match.actor();
                }
            }
        }
        return null;
    }
}
