package org.anju.industry.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.UUID;

/**
 * What the records following a household carry of it, as households-service publishes it: its
 * county, resettlement site, category and member count. The replica holds the current one; a
 * beneficiary and the employment situation copy it, and follow it when it changes.
 */
@Embeddable
public record HouseholdProfile(String county, UUID siteId, @Enumerated(EnumType.STRING) HouseholdCategory category,
                               int memberCount) {
}
