package org.anju.platform.events;

/** A record that is not a valid Anju CloudEvent; it can never be applied and goes to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedEventException(String message) {
        super(message);
    }
}
