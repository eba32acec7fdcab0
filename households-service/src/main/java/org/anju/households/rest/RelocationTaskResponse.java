package org.anju.households.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "RelocationTask", example = """
        {"id": "2f9a4c1e-7b3d-4e8a-9c2f-1a2b3c4d5e6f", "version": 2, "county": "140723", "period": "2016-2020",
         "plannedPeople": 3120, "plannedHouseholds": 1210}""")
public record RelocationTaskResponse(UUID id, long version, String county, String period, int plannedPeople,
                                     Integer plannedHouseholds) {
}
