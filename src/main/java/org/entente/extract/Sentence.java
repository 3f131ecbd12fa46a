package org.entente.extract;

import java.util.List;

/** A sentence of the article: its text, offsets and tokens. */
record Sentence(String text, int start, int end, List<Token> tokens) {

    /** The article text from token {@code from} to token {@code to}, both included. */
    String span(int from, int to, String articleText) {
        return articleText.substring(tokens.get(from).start(), tokens.get(to).end());
    }
}
