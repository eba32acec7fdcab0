package org.anju.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.repository.ProjectionVersionRepository;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Figures read from the database, kept in memory for as long as the projection's version stays where it was when
 * they were read: one small read per request instead of the counters' queries, and exact across gateway instances,
 * since any instance's poll, rebuild or target moves the shared version on. An entry is filed under the version
 * read before it was loaded, so what it holds is at least as new as that version.
 */
@ApplicationScoped
class FigureCache {

    /** More distinct reads than this within one version (e.g. many as-of days) start the cache afresh. */
    private static final int MAX_ENTRIES = 5_000;

    private record Entry(long version, List<Object> key) {
    }

    private final ProjectionVersionRepository versions;
    private final Map<Entry, Object> entries = new ConcurrentHashMap<>();
    private volatile long newest = -1;

    FigureCache(ProjectionVersionRepository versions) {
        this.versions = versions;
    }

    /**
     * The figures at the projection's version as it is now: read once per request, so that every value the request
     * takes from the cache belongs to the same version.
     */
    Current current() {
        long version = versions.current();
        if (version > newest) {
            newest = version;
            entries.keySet().removeIf(entry -> entry.version() < version);
        }
        if (entries.size() > MAX_ENTRIES) {
            entries.clear();
        }
        return new Current(version);
    }

    /** The cache at one version. */
    final class Current {

        private final long version;

        private Current(long version) {
            this.version = version;
        }

        /** The value under {@code key} (its parts: what, scope, day, language…; nulls allowed), loaded when missing. */
        @SuppressWarnings("unchecked")
        <T> T get(Supplier<T> load, Object... key) {
            Entry entry = new Entry(version, Arrays.asList(key));
            Object cached = entries.get(entry);
            if (cached == null) {
                cached = load.get();
                entries.put(entry, cached);
            }
            return (T) cached;
        }
    }
}
