package org.anju.households.rest;

import org.anju.households.domain.VillageStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Village", example = """
        {"id": "9d7e2b9e-1c0a-4d4e-8f0e-3a5b6c7d8e9f", "version": 2, "county": "140722", "township": "拐儿镇",
         "name": "西峪村后庄", "status": "RELOCATED", "householdCount": 23, "householdsMovedIn": 23,
         "relocatedOn": "2019-05-20", "demolishedOn": null, "reclaimedOn": null}""")
public record VillageResponse(UUID id, long version, String county, String township, String name, VillageStatus status,
                              long householdCount, long householdsMovedIn, LocalDate relocatedOn, LocalDate demolishedOn,
                              LocalDate reclaimedOn) {
}
