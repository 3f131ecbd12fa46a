package org.entente.reference;

/** A value read from a table row, with the row, so that later checks can name its file and line. */
record Located<T>(T value, TsvRow row) {
}
