package org.anju.households.repository;

import org.anju.households.domain.Category;
import org.anju.households.domain.HomesteadStatus;
import org.anju.households.domain.HouseholdStatus;
import org.anju.households.domain.PovertyStatus;

import java.util.UUID;

/** List filters; a null field does not filter. */
public record HouseholdFilter(String county, UUID siteId, Category category, HouseholdStatus status,
                              PovertyStatus povertyStatus, HomesteadStatus homesteadStatus) {
}
