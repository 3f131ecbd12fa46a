/**
 * Scoring statements against a gold file in the format of {@code src/test/resources/gold/README.md}:
 * precision, recall and F1 per article and overall, with the misses and false positives listed.
 */
package org.entente.evaluate;
