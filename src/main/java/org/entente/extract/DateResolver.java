package org.entente.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the times a sentence gives and resolves them against the article's publication day:
 * "Wednesday, Dec. 15" and "March 18" (the latest such day not after publication), "on Friday"
 * (the latest Friday not after publication, or the next one where "will" or "next" comes just before it),
 * "today", "yesterday", "last week", "this month", "at the beginning of December", "in 2019",
 * "hours later". A day after publication in a sentence not about the future is not a time of the act.
 * <p>
 * Most sentences give no time, so a pattern is only searched in a sentence holding a word that
 * every match of it holds: a digit, "day" (which every weekday's name ends with), the first three
 * letters of a month's name, "this", "last", "later". The patterns ignore case in ASCII only, so the
 * letters of a match are ASCII and the sentence in lower case holds them as written here.
 */
final class DateResolver {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s+)?" + MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + "(?:\\s+(\\d{4}))?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DAY = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern ON_WEEKDAY = Pattern.compile("\\b(?:on\\s+|last\\s+|this\\s+|next\\s+)?" + WEEKDAY + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(today|yesterday|this morning|tonight|last week"
            + "|(?:earlier |later )?this month|last month|last year|this year)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:(?:at the )?(?:beginning|start|end|middle) of|early|late|in|mid-?)\\s+"
            + MONTH + "(?:\\s+(\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_YEAR = Pattern.compile("\\b(?:in|since|during)\\s+(?:early\\s+|late\\s+|mid-)?((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LATER = Pattern.compile("\\b(hours later|later that day|the same day|that day|minutes later)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile("\\b(will|is expected|are expected|is due|are due|next)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> IN_EVERY_WEEKDAY = List.of("day");
    private static final List<String> IN_EVERY_RELATIVE_DAY = List.of("day", "this", "tonight", "last");
    private static final List<String> IN_EVERY_MONTH = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final List<String> IN_EVERY_LATER = List.of("later", "day");
    private static final List<String> IN_EVERY_FUTURE = List.of("will", "expected", "due", "next");

    private DateResolver() {
    }

    /** The times {@code sentence} gives, in text order, resolved against {@code published}. */
    static List<DateExpression> find(Sentence sentence, LocalDate published) {
        String text = sentence.text();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean digits = hasDigit(text);
        boolean future = holdsAny(lower, IN_EVERY_FUTURE) && FUTURE.matcher(text).find();
        List<DateExpression> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        if (digits) {
            for (Matcher m = ISO_DAY.matcher(text); m.find(); ) {
                add(found, taken, sentence, m, day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), published, future);
            }
            for (Matcher m = MONTH_DAY.matcher(text); m.find(); ) {
                add(found, taken, sentence, m, inYear(month(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), published), published, future);
            }
            for (Matcher m = DAY_MONTH.matcher(text); m.find(); ) {
                add(found, taken, sentence, m, inYear(month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), published), published, future);
            }
        }
        if (holdsAny(lower, IN_EVERY_WEEKDAY)) {
            for (Matcher m = ON_WEEKDAY.matcher(text); m.find(); ) {
                boolean ahead = FUTURE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
                add(found, taken, sentence, m, weekday(m.group(), DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)), published, ahead), published, ahead);
            }
        }
        if (holdsAny(lower, IN_EVERY_RELATIVE_DAY)) {
            for (Matcher m = RELATIVE_DAY.matcher(text); m.find(); ) {
                add(found, taken, sentence, m, relative(m.group(1).toLowerCase(Locale.ROOT), published), published, future);
            }
        }
        if (holdsAny(lower, IN_EVERY_MONTH)) {
            for (Matcher m = IN_MONTH.matcher(text); m.find(); ) {
                Month month = month(m.group(1));
                int year = m.group(2) != null ? Integer.parseInt(m.group(2))
                        : YearMonth.of(published.getYear(), month).isAfter(YearMonth.from(published)) && !future ? published.getYear() - 1 : published.getYear();
                add(found, taken, sentence, m, YearMonth.of(year, month).toString(), published, future);
            }
        }
        if (digits) {
            for (Matcher m = IN_YEAR.matcher(text); m.find(); ) {
                add(found, taken, sentence, m, m.group(1), published, future);
            }
        }
        if (holdsAny(lower, IN_EVERY_LATER)) {
            for (Matcher m = LATER.matcher(text); m.find(); ) {
                addInherited(found, taken, sentence, m);
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static boolean holdsAny(String lower, List<String> words) {
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a digit of the patterns' {@code \\d}, which stands for ASCII digits only. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static void add(List<DateExpression> found, List<int[]> taken, Sentence sentence, Matcher m, String date,
                            LocalDate published, boolean future) {
        if (date == null || overlapsTaken(taken, m) || (!future && date.compareTo(published.toString()) > 0
                && !published.toString().startsWith(date))) {
            return;
        }
        taken.add(new int[] {m.start(), m.end()});
        found.add(new DateExpression(date, m.group().strip(), sentence.start() + m.start(), sentence.start() + m.end()));
    }

    private static void addInherited(List<DateExpression> found, List<int[]> taken, Sentence sentence, Matcher m) {
        if (!overlapsTaken(taken, m)) {
            taken.add(new int[] {m.start(), m.end()});
            found.add(new DateExpression(null, m.group().strip(), sentence.start() + m.start(), sentence.start() + m.end()));
        }
    }

    private static boolean overlapsTaken(List<int[]> taken, Matcher m) {
        return taken.stream().anyMatch(t -> m.start() < t[1] && t[0] < m.end());
    }

    private static String day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String inYear(Month month, int dayOfMonth, String year, LocalDate published) {
        if (year != null) {
            return day(Integer.parseInt(year), month.getValue(), dayOfMonth);
        }
        String thisYear = day(published.getYear(), month.getValue(), dayOfMonth);
        return thisYear != null && thisYear.compareTo(published.toString()) > 0
                ? day(published.getYear() - 1, month.getValue(), dayOfMonth) : thisYear;
    }

    private static String weekday(String words, DayOfWeek day, LocalDate published, boolean future) {
        String lower = words.toLowerCase(Locale.ROOT);
        if (lower.startsWith("next") || (future && !lower.startsWith("last"))) {
            return published.with(TemporalAdjusters.next(day)).toString();
        }
        LocalDate latest = published.with(TemporalAdjusters.previousOrSame(day));
        return (lower.startsWith("last") && latest.equals(published) ? latest.minusWeeks(1) : latest).toString();
    }

    private static String relative(String words, LocalDate published) {
        return switch (words) {
            case "today", "this morning", "tonight" -> published.toString();
            case "yesterday" -> published.minusDays(1).toString();
            case "last week" -> YearMonth.from(published.minusWeeks(1)).toString();
            case "last month" -> YearMonth.from(published.minusMonths(1)).toString();
            case "last year" -> Integer.toString(published.getYear() - 1);
            case "this year" -> Integer.toString(published.getYear());
            default -> YearMonth.from(published).toString(); // this month, earlier/later this month
        };
    }

    private static Month month(String word) {
        String prefix = word.toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + word);
    }
}
