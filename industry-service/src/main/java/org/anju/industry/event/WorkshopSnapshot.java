package org.anju.industry.event;

import org.anju.platform.events.Snapshot;

import java.util.UUID;

/**
 * A poverty-alleviation workshop (扶贫车间); its employees are the employment records naming it.
 *
 * @param status BUILDING, OPERATING or SUSPENDED
 */
public record WorkshopSnapshot(UUID id, long version, String name, String operatingCompany, String county, UUID siteId,
                               int jobsOffered, String status) implements Snapshot {
}
