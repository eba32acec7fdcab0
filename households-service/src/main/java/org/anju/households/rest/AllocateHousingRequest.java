package org.anju.households.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AllocateHousingRequest", example = """
        {"siteId": "5b0c7a54-3f7e-4f43-9a55-0b8f1c7a2d11", "flat": "3-2-501", "date": "2018-10-15"}""")
public record AllocateHousingRequest(@NotNull UUID siteId, @NotBlank @Size(max = 40) String flat, @PastOrPresent LocalDate date) {

    public LocalDate dateOrToday() {
        return date != null ? date : LocalDate.now();
    }
}
