package org.anju.households.service;

import jakarta.validation.constraints.Size;
import org.anju.households.domain.Category;
import org.anju.households.domain.HomesteadStatus;
import org.anju.households.domain.Household;
import org.anju.households.domain.HouseholdStatus;
import org.anju.households.domain.PovertyStatus;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.text.Identifiers;

import java.util.UUID;

/**
 * What a household list (and export) is filtered by; a null field does not filter. The registry
 * number is read as the registration reads it ({@link Identifiers#normalise}) and matched exactly.
 */
public record HouseholdFilter(CountyCode county, UUID siteId, Category category, HouseholdStatus status,
                              PovertyStatus povertyStatus, HomesteadStatus homesteadStatus,
                              @Size(max = 40) String registryNumber) {

    public HouseholdFilter {
        registryNumber = Identifiers.normalise(registryNumber);
        if (registryNumber != null && registryNumber.isEmpty()) {
            registryNumber = null;
        }
    }

    /** The households this filter selects in id order, {@code county} being the one the caller's scope gives (null = every county). */
    ListQuery<Household> query(String county) {
        return ListQuery.byId(Household::id)
                .where("county", county)
                .where("siteId", siteId)
                .where("category", category)
                .where("status", status)
                .where("povertyStatus", povertyStatus)
                .where("homesteadStatus", homesteadStatus)
                .where("registryNumber", registryNumber);
    }
}
