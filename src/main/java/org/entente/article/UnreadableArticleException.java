package org.entente.article;

import org.entente.facts.BadInputException;

/** An article file, or one line of a feed, that cannot be read; the message names the file (and line). */
public class UnreadableArticleException extends BadInputException {

    public UnreadableArticleException(String message) {
        super(message);
    }
}
