package org.anju.gateway.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a {@link Projector} dates an aggregate's contributions by besides the snapshot's own business
 * dates: the programme's zone (an instant counts on its programme-zone day) and the day the gateway
 * first recorded the aggregate (the programme-zone date of the {@code time} of the first event it
 * applied for it, stored with the snapshot so that replays and rebuilds give the same day), used for
 * facts whose events carry no business date.
 */
public record Dating(LocalDate firstRecorded, ZoneId zone, SortedMap<LocalDate, BigDecimal> recordedIncrements) {

    public Dating {
        Objects.requireNonNull(firstRecorded, "firstRecorded");
        Objects.requireNonNull(zone, "zone");
        recordedIncrements = Collections.unmodifiableSortedMap(new TreeMap<>(recordedIncrements));
    }

    public Dating(LocalDate firstRecorded, ZoneId zone) {
        this(firstRecorded, zone, new TreeMap<>());
    }

    /**
     * The increments of the aggregate's running total that has no date of its own ({@link Projector#recordedAmount}),
     * each on the day the gateway recorded it: day → increment.
     */
    @Override
    public SortedMap<LocalDate, BigDecimal> recordedIncrements() {
        return recordedIncrements;
    }

    /** A calendar date field ({@code "2019-05-01"}), or null when absent. */
    public static LocalDate date(JsonNode field) {
        return field.isTextual() ? LocalDate.parse(field.asText()) : null;
    }

    /** The programme-zone day of an instant field ({@code "2026-01-01T08:00:00Z"}), or null when absent. */
    public LocalDate day(JsonNode instant) {
        return instant.isTextual() ? OffsetDateTime.parse(instant.asText()).atZoneSameInstant(zone).toLocalDate() : null;
    }

    /** The first of {@code days} that is not null, else the day the aggregate was first recorded. */
    public LocalDate first(LocalDate... days) {
        return Arrays.stream(days).filter(Objects::nonNull).findFirst().orElse(firstRecorded);
    }

    /** The earliest of {@code days} that are not null, else the day the aggregate was first recorded. */
    public LocalDate earliest(LocalDate... days) {
        return Arrays.stream(days).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(firstRecorded);
    }
}
