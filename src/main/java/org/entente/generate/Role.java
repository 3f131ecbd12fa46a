package org.entente.generate;

/** An actor as an article names it: {@code key} is the gold's key (ISO alpha-3 or acronym), {@code text} the words used. */
record Role(String key, String text) {
}
