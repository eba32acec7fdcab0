package org.anju.platform.runtime;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Exponential back-off for the platform's background loops (outbox relay, event consumer). */
public final class Backoff {

    private static final Duration FIRST = Duration.ofMillis(200);

    private Backoff() {
    }

    /** Doubles the delay, starting at 200 ms, capped at {@code max}. */
    public static Duration next(Duration current, Duration max) {
        Duration next = current.isZero() ? FIRST : current.multipliedBy(2);
        return next.compareTo(max) > 0 ? max : next;
    }

    /**
     * Sleeps for {@code duration} or until {@code running} turns false, checking every 100 ms so a
     * stopping application is not held up; returns false if interrupted.
     */
    public static boolean sleep(Duration duration, BooleanSupplier running) {
        long until = System.nanoTime() + duration.toNanos();
        try {
            while (running.getAsBoolean() && System.nanoTime() < until) {
                Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
