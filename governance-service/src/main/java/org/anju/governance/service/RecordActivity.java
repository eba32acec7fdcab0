package org.anju.governance.service;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.anju.governance.domain.ActivityKind;
import org.anju.platform.programme.CountyCode;

import java.time.LocalDate;
import java.util.UUID;

/** Records a community activity that was held at a site. */
public record RecordActivity(@NotNull CountyCode county,
                             @NotNull UUID siteId,
                             @NotNull ActivityKind kind,
                             @NotBlank @Size(max = 200) String title,
                             @NotNull LocalDate heldOn,
                             @Min(1) int sessions,
                             @PositiveOrZero int participants) {
}
