package org.entente.facts;

/** A piece of the article text and its character offsets: {@code text = articleText.substring(start, end)}. */
public record Span(String text, int start, int end) {
}
