package org.entente.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A time as a reporter writes it, relative to the publication day, with the day (or year) a reader
 * resolves it to; {@code date} is null where the words fix no day ("last week").
 */
record When(String text, String date) {

    static When pick(SplittableRandom random, LocalDate published) {
        switch (random.nextInt(6)) {
            case 0, 1 -> {
                DayOfWeek weekday = DayOfWeek.of(1 + random.nextInt(7));
                return new When("on " + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                        published.with(TemporalAdjusters.previousOrSame(weekday)).toString());
            }
            case 2 -> {
                return new When("yesterday", published.minusDays(1).toString());
            }
            case 3 -> {
                LocalDate day = published.minusDays(random.nextInt(20));
                return new When("on " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth(),
                        day.toString());
            }
            case 4 -> {
                return new When("last week", null);
            }
            default -> {
                int year = published.getYear() - 1 - random.nextInt(10);
                return new When("in " + year, Integer.toString(year));
            }
        }
    }
}
