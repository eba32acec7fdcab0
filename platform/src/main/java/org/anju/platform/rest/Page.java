package org.anju.platform.rest;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list response, {@code {"items": [...], "nextCursor": "..."}}; {@code nextCursor}
 * is null on the last page.
 */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows in cursor order: the extra row
     * only tells that there is a next page, whose cursor is made from the last item returned.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(List.copyOf(fetched), null);
        }
        List<T> items = List.copyOf(fetched.subList(0, limit));
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
    }

    /** The same page with each item mapped (e.g. entity to response record). */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
