package org.anju.households.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VillageRequest", example = """
        {"county": "140722", "township": "拐儿镇", "name": "西峪村后庄"}""")
public record VillageRequest(
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code") String county,
        @Size(max = 100) String township,
        @NotBlank @Size(max = 100) String name) {
}
