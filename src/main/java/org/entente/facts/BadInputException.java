package org.entente.facts;

/**
 * Input a user gave that Entente refuses: a file, a graph, a query or a parameter. The message
 * names where the problem is and is meant to be shown as it is, without a stack trace.
 */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
