package org.anju.industry.service;

import org.anju.industry.domain.WorkshopStatus;

import java.util.UUID;

/** A poverty-alleviation workshop (扶贫车间); its employees are the employment records naming it. */
public record WorkshopView(UUID id, long version, String name, String operatingCompany, String county, UUID siteId,
                           int jobsOffered, WorkshopStatus status) implements VersionedView {
}
