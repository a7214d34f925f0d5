package io.newsgraph.store;

/** The store could not do what was asked; the message says what and why. */
public class StoreException extends Exception {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
