package org.entente.evaluate;

/** A required gold line no statement matched, with the kind of error that best explains it. */
public record Miss(GoldLine line, ErrorKind kind) {
}
