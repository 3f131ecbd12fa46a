package org.entente.extract;

/**
 * A word or punctuation mark with its offsets in the article text, its universal part of speech and
 * lemma, and its lower-case form (which the rules ask for again and again).
 */
record Token(String text, int start, int end, String pos, String lemma, String lower) {

    Token(String text, int start, int end, String pos, String lemma) {
        this(text, start, end, pos, lemma, text.toLowerCase(java.util.Locale.ROOT));
    }

    boolean isVerb() {
        return pos.equals("VERB") || pos.equals("AUX");
    }

    boolean isPunctuation() {
        return pos.equals("PUNCT");
    }
}
