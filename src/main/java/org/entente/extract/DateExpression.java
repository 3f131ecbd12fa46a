package org.entente.extract;

/**
 * A time the text gives, resolved: {@code date} as {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}
 * (null for "hours later", which takes the day of the statement before), the words it came from and
 * where they are in the article.
 */
record DateExpression(String date, String text, int start, int end) {

    boolean inheritsPrevious() {
        return date == null;
    }
}
