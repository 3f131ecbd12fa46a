package org.entente.extract;

/** A line of the article text with its offsets, and whether it is page noise (and why) rather than the article's prose. */
record Paragraph(int start, int end, String noise) {

    boolean isProse() {
        return noise == null;
    }
}
