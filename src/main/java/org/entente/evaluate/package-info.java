/**
 * Scoring statements against a gold file in the format of {@code src/test/resources/gold/README.md}:
 * precision, recall and F1 per article, per act type and overall, with the misses (and the kind of
 * error of each) and false positives listed.
 */
package org.entente.evaluate;
