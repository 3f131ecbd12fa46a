package org.entente.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the article's prose from the page noise around it, by the shape of each paragraph (a line,
 * or a run of lines in hard-wrapped wire copy: see {@link Layout}), never by what it says: a
 * paragraph that does not end a sentence (headlines, labels, link texts, bylines), a photo caption
 * ending in a credit in brackets, a paragraph seen before (repeated captions), a short bullet (form
 * controls), a credit line ("Reporting by ..."), and the short lines after a block label such as
 * "Read more:" or "MORE IN THIS SECTION" (lists of other articles' headlines). A dateline before
 * the first sentence ("WASHINGTON, March 2 - ") is left out of the first paragraph's prose.
 */
final class PageNoise {

    private static final Pattern CREDIT = Pattern.compile("\\(([^()]*)\\)\\s*$");
    private static final String SENTENCE_ENDS = ".!?\"”’'»";

    private final Layout layout;

    PageNoise(Layout layout) {
        this.layout = layout;
    }

    static PageNoise load() {
        return new PageNoise(Layout.load());
    }

    List<Paragraph> paragraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean inBlock = false;
        for (Layout.Block block : Layout.blocks(text)) {
            String line = block.text();
            int from = block.start();
            if (paragraphs.stream().noneMatch(Paragraph::isProse)) {
                int firstLineEnd = text.indexOf('\n', from);
                from += layout.proseStart(text.substring(from, firstLineEnd < 0 || firstLineEnd > block.end() ? block.end() : firstLineEnd));
                if (from >= block.end()) {
                    paragraphs.add(new Paragraph(block.start(), block.end(), "a dateline"));
                    continue;
                }
            }
            int words = line.split("\\s+").length;
            String noise = layout.isCredit(line) ? "a credit line" : noise(line, words, seen);
            if (isBlockLabel(line, words)) {
                inBlock = true;
                noise = "a block label";
            } else if (inBlock && words < 15) {
                noise = "a line of a list under a block label";
            } else if (words >= 15) {
                inBlock = false;
            }
            paragraphs.add(new Paragraph(from, block.end(), noise));
            seen.add(line);
        }
        return paragraphs;
    }

    /** Whether the line ends as a sentence does (a full stop, a question or exclamation mark, a closing quote). */
    static boolean endsSentence(String line) {
        return !line.isEmpty() && SENTENCE_ENDS.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private static String noise(String line, int words, Set<String> seen) {
        if (seen.contains(line)) {
            return "a repeated line";
        }
        if (isCaption(line)) {
            return "a caption with a credit";
        }
        if ((line.startsWith("•") || line.startsWith("-") || line.startsWith("*")) && words < 6) {
            return "a short bullet";
        }
        if (!endsSentence(line)) {
            return "a line that does not end a sentence (headline, label or link)";
        }
        return null;
    }

    /** A caption ends in a credit in brackets: mostly capitals, or sources separated by slashes. */
    private static boolean isCaption(String line) {
        var credit = CREDIT.matcher(line);
        if (!credit.find()) {
            return false;
        }
        String inside = credit.group(1);
        long letters = inside.chars().filter(Character::isLetter).count();
        long capitals = inside.chars().filter(Character::isUpperCase).count();
        return inside.contains("/") || (letters > 3 && capitals >= 0.6 * letters);
    }

    /** A short line ending in a colon or written in capitals, which introduces a list rather than a sentence. */
    private static boolean isBlockLabel(String line, int words) {
        if (words > 6) {
            return false;
        }
        String letters = line.replaceAll("[^\\p{L}]", "");
        return line.endsWith(":") || (letters.length() > 3 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT)));
    }
}
