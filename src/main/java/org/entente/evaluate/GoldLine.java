package org.entente.evaluate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * One line of a gold file: a statement a careful reader finds in an article ({@code required} if
 * missing it misses a main fact), or, with {@code forbidden}, a passage nothing may be drawn from.
 * Actors and targets are ISO 3166 alpha-3 codes or organisation acronyms.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldLine(String article, String actor, String act, String target, List<String> about,
                       String date, boolean required, boolean forbidden, String evidence, String note) {
}
