/**
 * The corpus generator: realistic news articles with their gold lines, made from the reference
 * tables and the sentence templates beside this package, the same corpus for the same seed, written
 * one article at a time so that any number of them fits in a small heap.
 */
package org.entente.generate;
