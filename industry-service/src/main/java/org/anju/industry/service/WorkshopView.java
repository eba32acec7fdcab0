package org.anju.industry.service;

import org.anju.industry.domain.WorkshopStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A poverty-alleviation workshop (扶贫车间); its employees are the employment records naming it. */
@Schema(name = "Workshop", description = "A poverty-alleviation workshop (扶贫车间)",
        requiredProperties = {"id", "version", "name", "operatingCompany", "county", "siteId", "jobsOffered", "status"})
public record WorkshopView(UUID id, long version, String name, String operatingCompany, String county,
                           @Schema(nullable = true) UUID siteId, int jobsOffered, WorkshopStatus status) implements VersionedView {
}
