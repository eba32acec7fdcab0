package org.anju.households.service;

import org.anju.households.domain.Category;
import org.anju.households.domain.HomesteadStatus;
import org.anju.households.domain.HouseholdStatus;
import org.anju.households.domain.PovertyStatus;
import org.anju.platform.programme.CountyCode;

import java.util.UUID;

/** What a household list is filtered by; a null field does not filter. */
public record HouseholdFilter(CountyCode county, UUID siteId, Category category, HouseholdStatus status,
                              PovertyStatus povertyStatus, HomesteadStatus homesteadStatus) {
}
