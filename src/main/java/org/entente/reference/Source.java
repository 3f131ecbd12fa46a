package org.entente.reference;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a reference row comes from: a web page ({@code https://...}), published as
 * {@code dcterms:source}, or a citation in words ({@code ISO 3166-1}, {@code Wikidata Q159}),
 * published as {@code dcterms:bibliographicCitation}.
 */
public record Source(String value) {

    /** True where the value is an absolute http(s) URL. */
    public boolean isUrl() {
        return looksLikeUrl(value);
    }

    static boolean looksLikeUrl(String value) {
        return value.startsWith("http://") || value.startsWith("https://");
    }

    /** True where a value that looks like a URL is not one (a space, a stray character). */
    static boolean isMalformedUrl(String value) {
        if (!looksLikeUrl(value)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return uri.getHost() == null;
        } catch (URISyntaxException e) {
            return true;
        }
    }
}
