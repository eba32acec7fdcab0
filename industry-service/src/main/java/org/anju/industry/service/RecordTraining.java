package org.anju.industry.service;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A skills training course held in a county: sessions, trainees and trainees employed afterwards. */
public record RecordTraining(
        @NotBlank @Size(max = 200) String topic,
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code") String county,
        @NotNull LocalDate heldFrom,
        LocalDate heldTo,
        @Min(1) int sessions,
        @Min(0) int trainees,
        @Min(0) int employedAfter) {
}
