package org.anju.governance.service;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Forms a Party group (党小组) in a branch with its number of members. */
public record FormGroup(@NotBlank @Size(max = 200) String name,
                        @Min(1) int memberCount,
                        @NotNull LocalDate formedOn) {
}
