package org.entente.extract;

/** A word or punctuation mark with its offsets in the article text, its universal part of speech and lemma. */
record Token(String text, int start, int end, String pos, String lemma) {

    boolean isVerb() {
        return pos.equals("VERB") || pos.equals("AUX");
    }

    boolean isPunctuation() {
        return pos.equals("PUNCT");
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
