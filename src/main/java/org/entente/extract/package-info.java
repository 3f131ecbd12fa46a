/**
 * Extraction: from an {@link org.entente.article.Article} to {@link org.entente.facts.Facts}, as a
 * pure function of the article (so that it runs in parallel over articles). Sentences, tokens,
 * part-of-speech tags and lemmas come from Apache OpenNLP's English models; actors from the
 * reference {@link org.entente.reference.Gazetteer}; acts from the lexicon {@code data/lexicon/acts.tsv};
 * dates are resolved against the publication day; page noise (captions, headline lists, comment
 * forms) is left out before anything is read.
 */
package org.entente.extract;
