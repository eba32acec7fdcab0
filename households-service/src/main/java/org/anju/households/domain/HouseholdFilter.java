package org.anju.households.domain;

import java.util.UUID;

/** Household list filters; a null field does not filter. */
public record HouseholdFilter(String county, UUID siteId, Category category, HouseholdStatus status,
                              PovertyStatus povertyStatus, HomesteadStatus homesteadStatus) {
}
