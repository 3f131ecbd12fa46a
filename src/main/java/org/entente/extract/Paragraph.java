package org.entente.extract;

/** A paragraph of the article text (a line, or a run of lines in wire copy) with its offsets, and whether it is page noise (and why) rather than the article's prose. */
record Paragraph(int start, int end, String noise) {

    boolean isProse() {
        return noise == null;
    }
}
