package org.anju.industry.service;

import java.time.LocalDate;
import java.util.UUID;

/** A job fair (招聘会): employers present, people registered, people hired. */
public record JobFairView(UUID id, long version, LocalDate heldOn, String county, int employers, int registrations,
                          int hires) implements VersionedView {
}
