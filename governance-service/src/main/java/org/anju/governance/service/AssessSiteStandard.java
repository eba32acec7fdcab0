package org.anju.governance.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anju.governance.domain.StandardItem;
import org.anju.platform.programme.CountyCode;

import java.time.LocalDate;
import java.util.List;

/** Assesses some items of a site's standard (the site is named by the path); the others keep their state. */
public record AssessSiteStandard(@NotNull CountyCode county,
                                 @NotEmpty @Size(max = 18) List<@NotNull @Valid AssessedItem> items) {

    /** One item, met or not as of its evidence date. */
    public record AssessedItem(@NotNull StandardItem item, boolean met, @NotNull LocalDate evidenceOn) {
    }
}
