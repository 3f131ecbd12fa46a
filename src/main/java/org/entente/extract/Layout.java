package org.entente.extract;

import org.entente.io.TsvFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How an article's text is laid out in paragraphs, and what opens or closes them besides prose
 * (the rules of {@code data/lexicon/layout.tsv}). A text is one paragraph a line, unless it is
 * hard-wrapped wire copy: long lines that run on into the next one without ending a sentence.
 * Then a paragraph is a run of lines, ended by a blank line or by a line that starts indented.
 */
final class Layout {

    /** A paragraph as written: its offsets in the text, and its words joined by single spaces. */
    record Block(int start, int end, String text) {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int WRAPPED_LINE = 40;
    private static final int WRAPPED_LINES = 3;
    private static final double WRAPPED_SHARE = 0.3;

    private final List<Pattern> datelines = new ArrayList<>();
    private final List<Pattern> credits = new ArrayList<>();

    private Layout(List<TsvFile.Row> rows) {
        for (TsvFile.Row row : rows) {
            Pattern pattern;
            try {
                pattern = Pattern.compile(row.get("pattern"));
            } catch (PatternSyntaxException e) {
                throw row.problem("pattern", "not a regular expression: " + e.getDescription());
            }
            switch (row.get("kind")) {
                case "dateline" -> datelines.add(pattern);
                case "credit" -> credits.add(pattern);
                default -> throw row.problem("kind", "unknown kind " + row.get("kind") + " (dateline or credit)");
            }
            for (String example : examples(row)) {
                if (!pattern.matcher(example).lookingAt()) {
                    throw row.problem("examples", "the pattern does not match its example \"" + example + "\"");
                }
            }
        }
    }

    static Layout load() {
        return new Layout(LexiconFile.packaged("layout.tsv", List.of("kind", "pattern", "examples")));
    }

    static List<String> examples(TsvFile.Row row) {
        return List.of(row.get("examples").split(" \\|\\| "));
    }

    /** Where the prose of the article's first paragraph starts, after a dateline, as an offset into {@code block.text()}'s first line. */
    int proseStart(String firstLine) {
        for (Pattern dateline : datelines) {
            var matcher = dateline.matcher(firstLine);
            if (matcher.lookingAt()) {
                int at = matcher.end();
                while (at < firstLine.length() && Character.isWhitespace(firstLine.charAt(at))) {
                    at++;
                }
                return at;
            }
        }
        return 0;
    }

    /** Whether the paragraph credits who wrote or reported the story. */
    boolean isCredit(String paragraph) {
        return credits.stream().anyMatch(credit -> credit.matcher(paragraph).lookingAt());
    }

    /** The paragraphs of the text, in order. */
    static List<Block> blocks(String text) {
        List<int[]> lines = lines(text);
        boolean wrapped = isWrapped(text, lines);
        List<Block> blocks = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int[] line : lines) {
            boolean blank = text.substring(line[0], line[1]).isBlank();
            boolean indented = !blank && Character.isWhitespace(text.charAt(line[0]));
            if (start >= 0 && (blank || indented || !wrapped)) {
                blocks.add(block(text, start, end));
                start = -1;
            }
            if (!blank) {
                start = start < 0 ? line[0] : start;
                end = line[1];
            }
        }
        if (start >= 0) {
            blocks.add(block(text, start, end));
        }
        return blocks;
    }

    private static Block block(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new Block(from, to, SPACES.matcher(text.substring(from, to)).replaceAll(" "));
    }

    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            lines.add(new int[] {start, end});
            start = end + 1;
        }
        return lines;
    }

    /** Hard-wrapped: several long lines run on into a next line that is not blank, without ending a sentence. */
    private static boolean isWrapped(String text, List<int[]> lines) {
        int longLines = 0;
        int runOn = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = text.substring(lines.get(i)[0], lines.get(i)[1]).strip();
            if (line.length() < WRAPPED_LINE) {
                continue;
            }
            longLines++;
            boolean nextIsText = i + 1 < lines.size() && !text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]).isBlank();
            if (nextIsText && !PageNoise.endsSentence(line)) {
                runOn++;
            }
        }
        return runOn >= WRAPPED_LINES && runOn >= WRAPPED_SHARE * longLines;
    }
}
