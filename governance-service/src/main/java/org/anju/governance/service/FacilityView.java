package org.anju.governance.service;

import java.time.LocalDate;
import java.util.UUID;

/** A facility as the API shows it. */
public record FacilityView(UUID id, long version, String county, UUID siteId, String type, String name,
                           Integer beds, String status, LocalDate openedOn, LocalDate closedOn) {
}
