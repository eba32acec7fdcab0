package org.anju.industry.service;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anju.platform.programme.CountyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A skills training course held in a county: sessions, trainees and trainees employed afterwards. */
public record RecordTraining(
        @NotBlank @Size(max = 200) String topic,
        @NotNull CountyCode county,
        @NotNull LocalDate heldFrom,
        @Schema(nullable = true) LocalDate heldTo,
        @Min(1) int sessions,
        @Min(0) int trainees,
        @Min(0) int employedAfter) implements CountyCommand {
}
