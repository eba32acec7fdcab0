package org.anju.households.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.anju.households.domain.Category;
import org.anju.households.domain.HomesteadStatus;
import org.anju.households.domain.HouseholdStatus;
import org.anju.households.domain.PovertyStatus;
import org.anju.households.service.HouseholdFilter;
import org.anju.platform.programme.CountyCode;

import java.util.UUID;

/** The filters of the household list and export, as query parameters. */
public class HouseholdQuery {

    @QueryParam("county")
    CountyCode county;

    @QueryParam("siteId")
    UUID siteId;

    @QueryParam("category")
    Category category;

    @QueryParam("status")
    HouseholdStatus status;

    @QueryParam("povertyStatus")
    PovertyStatus povertyStatus;

    @QueryParam("homesteadStatus")
    HomesteadStatus homesteadStatus;

    /** Exact, read like the registration reads it (full-width digits, spaces around it). */
    @QueryParam("registryNumber")
    @Size(max = 40)
    String registryNumber;

    HouseholdFilter filter() {
        return new HouseholdFilter(county, siteId, category, status, povertyStatus, homesteadStatus, registryNumber);
    }

    CountyCode county() {
        return county;
    }
}
