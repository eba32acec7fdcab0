package org.anju.industry.event;

import org.anju.platform.events.Snapshot;

import java.time.LocalDate;
import java.util.UUID;

/** A job fair (招聘会): employers present, people registered, people hired. */
public record JobFairSnapshot(UUID id, long version, LocalDate heldOn, String county, int employers, int registrations,
                              int hires) implements Snapshot {
}
