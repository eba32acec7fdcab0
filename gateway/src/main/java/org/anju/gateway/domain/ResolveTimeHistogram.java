package org.anju.gateway.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * Times to resolve requests, counted in hour buckets (the parts of
 * {@link Counter#REQUESTS_RESOLVE_HOURS}, {@code requests.resolve-hours:<upper bound>}) so that the
 * median is read from counters instead of scanning requests. The median is the upper bound of the
 * bucket holding the middle request: exact to the bucket's width (finer where most requests fall).
 */
public final class ResolveTimeHistogram {

    static final List<Integer> UPPER_BOUNDS_HOURS = List.of(1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 120, 168, 240, 336, 720, Integer.MAX_VALUE);

    private ResolveTimeHistogram() {
    }

    /** The bucket counter a request resolved after {@code taken} counts in. */
    public static Counter.Part bucket(Duration taken) {
        long hours = (long) Math.ceil(Math.max(0, taken.toMinutes()) / 60.0);
        return bucket(UPPER_BOUNDS_HOURS.stream().filter(upper -> hours <= upper).findFirst().orElseThrow());
    }

    /** Every bucket counter, shortest first. */
    public static List<Counter.Part> buckets() {
        return UPPER_BOUNDS_HOURS.stream().map(ResolveTimeHistogram::bucket).toList();
    }

    private static Counter.Part bucket(int upperBoundHours) {
        return Counter.REQUESTS_RESOLVE_HOURS.part(upperBoundHours);
    }

    /** The median resolve time in hours, or null when nothing was resolved. */
    public static BigDecimal median(Counters counters) {
        long total = buckets().stream().mapToLong(bucket -> counters.value(bucket).longValue()).sum();
        if (total == 0) {
            return null;
        }
        long seen = 0;
        for (int bound : UPPER_BOUNDS_HOURS) {
            seen += counters.value(bucket(bound)).longValue();
            if (seen * 2 >= total) {
                return BigDecimal.valueOf(bound == Integer.MAX_VALUE ? 720 : bound);
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
