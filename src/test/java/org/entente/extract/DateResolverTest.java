package org.entente.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every kind of time the resolver knows, in a sentence of its own, so that a shortcut that leaves
 * sentences unsearched (a sentence without a digit has no "March 18") shows here if it drops one.
 */
class DateResolverTest {

    static final LocalDate PUBLISHED = LocalDate.of(2021, 12, 10); // a Friday

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The ministry said so on 2021-12-08.                     | 2021-12-08 | 2021-12-08
            Putin spoke on Wednesday, Dec. 8.                       | 2021-12-08 | 'Wednesday, Dec. 8'
            Biden called him on December 7, 2021.                   | 2021-12-07 | 'December 7, 2021'
            Moscow demanded guarantees on 7 December.               | 2021-12-07 | 7 December
            NATO replied on Tuesday.                                | 2021-12-07 | on Tuesday
            The talks will be held next Monday.                     | 2021-12-13 | next Monday
            Kyiv protested last Friday.                             | 2021-12-03 | last Friday
            Lavrov spoke to reporters TODAY.                        | 2021-12-10 | TODAY
            The Kremlin denied it yesterday.                        | 2021-12-09 | yesterday
            Scholz called Macron this morning.                      | 2021-12-10 | this morning
            The council meets tonight.                              | 2021-12-10 | tonight
            Berlin rejected the plan last week.                     | 2021-12    | last week
            Paris proposed talks earlier this month.                | 2021-12    | earlier this month
            Warsaw objected last month.                             | 2021-11    | last month
            Vilnius protested last year.                            | 2020       | last year
            Riga agreed this year.                                  | 2021       | this year
            Ankara objected at the beginning of November.           | 2021-11    | at the beginning of November
            Budapest protested in mid October.                      | 2021-10    | mid October
            Sweden applied in 2019.                                 | 2019       | in 2019
            Hours later, Minsk denied it.                           | null       | Hours later
            Later that day, the EU condemned the move.              | null       | Later that day
            The ministry responded the same day.                    | null       | the same day
            """)
    void eachKindOfTimeIsFound(String sentence, String date, String words) {
        List<DateExpression> found = DateResolver.find(new Sentence(sentence, 0, sentence.length(), List.of()), PUBLISHED);

        assertThat(found).extracting(DateExpression::date, DateExpression::text).containsExactly(tuple(date, words));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Month.class)
    void everyMonthIsFoundByItsName(Month month) {
        String sentence = "Kyiv protested in " + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ".";
        List<DateExpression> found = DateResolver.find(new Sentence(sentence, 0, sentence.length(), List.of()), PUBLISHED);

        assertThat(found).extracting(DateExpression::date).containsExactly(YearMonth.of(2021, month).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NATO will reply on Monday.         | 2021-12-13
            The vote is expected on Thursday.  | 2021-12-16
            The summit is due on Tuesday.      | 2021-12-14
            """)
    void aWeekdayAfterWordsOfTheFutureIsTheNextOne(String sentence, String date) {
        List<DateExpression> found = DateResolver.find(new Sentence(sentence, 0, sentence.length(), List.of()), PUBLISHED);

        assertThat(found).extracting(DateExpression::date).containsExactly(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Moscow proposed talks in August.          | 2020-08
            Moscow will propose talks in August.      | 2021-08
            """)
    void aMonthAfterPublicationIsLastYearsUnlessTheSentenceIsAboutTheFuture(String sentence, String date) {
        List<DateExpression> found = DateResolver.find(new Sentence(sentence, 0, sentence.length(), List.of()), LocalDate.of(2021, 6, 10));

        assertThat(found).extracting(DateExpression::date).containsExactly(date);
    }
}
