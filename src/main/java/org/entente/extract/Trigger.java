package org.entente.extract;

/** Words of a sentence (tokens {@code first..last}) that report an act of type {@code act}; {@code noun} if they name it rather than tell it. */
record Trigger(int first, int last, String act, boolean noun) {
}
