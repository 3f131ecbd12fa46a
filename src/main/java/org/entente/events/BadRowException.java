package org.entente.events;

/** A field of a row that cannot be read; the reader reports the row with its file and line and goes on. */
final class BadRowException extends RuntimeException {

    private final String field;

    BadRowException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
