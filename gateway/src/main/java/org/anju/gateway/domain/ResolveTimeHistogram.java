package org.anju.gateway.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Times to resolve requests, counted in hour buckets so that the median is read from counters
 * instead of scanning requests. The median is the upper bound of the bucket holding the middle
 * request: exact to the bucket's width (finer where most requests fall).
 */
public final class ResolveTimeHistogram {

    public static final String PREFIX = "requests.resolve-hours";
    static final List<Integer> UPPER_BOUNDS_HOURS = List.of(1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 120, 168, 240, 336, 720, Integer.MAX_VALUE);

    private ResolveTimeHistogram() {
    }

    public static String counter(Duration taken) {
        long hours = (long) Math.ceil(Math.max(0, taken.toMinutes()) / 60.0);
        int bound = UPPER_BOUNDS_HOURS.stream().filter(upper -> hours <= upper).findFirst().orElseThrow();
        return PREFIX + ":" + bound;
    }

    /** The median resolve time in hours, or null when nothing was resolved. */
    public static BigDecimal median(Map<String, BigDecimal> counters) {
        long total = UPPER_BOUNDS_HOURS.stream()
                .mapToLong(bound -> counters.getOrDefault(PREFIX + ":" + bound, BigDecimal.ZERO).longValue()).sum();
        if (total == 0) {
            return null;
        }
        long seen = 0;
        for (int bound : UPPER_BOUNDS_HOURS) {
            seen += counters.getOrDefault(PREFIX + ":" + bound, BigDecimal.ZERO).longValue();
            if (seen * 2 >= total) {
                return BigDecimal.valueOf(bound == Integer.MAX_VALUE ? 720 : bound);
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
