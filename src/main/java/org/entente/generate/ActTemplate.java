package org.entente.generate;

/**
 * A sentence that reports one act: {@code known} where the extractor's lexicon has its wording,
 * and whether it names a target (the gold line's target is null where it does not).
 */
record ActTemplate(String act, boolean known, String text) {

    boolean hasTarget() {
        return text.contains("{target}");
    }
}
