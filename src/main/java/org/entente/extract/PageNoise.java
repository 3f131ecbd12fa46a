package org.entente.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the article's prose from the page noise around it, by the shape of each line, never by
 * what it says: a line that does not end a sentence (headlines, labels, link texts, credits), a
 * photo caption ending in a credit in brackets, a line seen before (repeated captions), a short
 * bullet (form controls), and the short lines after a block label such as "Read more:" or
 * "MORE IN THIS SECTION" (lists of other articles' headlines).
 */
final class PageNoise {

    private static final Pattern CREDIT = Pattern.compile("\\(([^()]*)\\)\\s*$");
    private static final String SENTENCE_ENDS = ".!?\"”’'»";

    private PageNoise() {
    }

    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean inBlock = false;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                int from = start + text.substring(start, end).indexOf(line.charAt(0));
                int words = line.split("\\s+").length;
                String noise = noise(line, words, seen);
                if (isBlockLabel(line, words)) {
                    inBlock = true;
                    noise = "a block label";
                } else if (inBlock && words < 15) {
                    noise = "a line of a list under a block label";
                } else if (words >= 15) {
                    inBlock = false;
                }
                paragraphs.add(new Paragraph(from, from + line.length(), noise));
                seen.add(line);
            }
            start = end + 1;
        }
        return paragraphs;
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
        if (SENTENCE_ENDS.indexOf(line.charAt(line.length() - 1)) < 0) {
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
