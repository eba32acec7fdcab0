package org.anju.industry.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A job fair (招聘会): employers present, people registered, people hired. */
@Schema(name = "JobFair", description = "A job fair (招聘会)",
        requiredProperties = {"id", "version", "heldOn", "county", "employers", "registrations", "hires"})
public record JobFairView(UUID id, long version, LocalDate heldOn, String county, int employers, int registrations,
                          int hires) implements VersionedView {
}
