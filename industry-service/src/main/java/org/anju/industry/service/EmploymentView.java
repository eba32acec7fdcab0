package org.anju.industry.service;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.anju.industry.domain.EmploymentChannel;
import org.anju.industry.domain.EmploymentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An employment record; {@code memberRef} is an opaque member id, never personal data.
 * {@code stable} is as of today (an open-ended job becomes stable after six months).
 */
@Schema(name = "Employment", description = "A household member's job; stable as of today",
        requiredProperties = {"id", "version", "householdId", "memberRef", "county", "siteId", "channel", "employer",
                "workshopId", "startDate", "plannedEndDate", "endDate", "monthlyIncome", "contract", "stable", "status"})
public record EmploymentView(UUID id, long version, UUID householdId, String memberRef, String county,
                             @Schema(nullable = true) UUID siteId,
                             EmploymentChannel channel, String employer,
                             @Schema(nullable = true) UUID workshopId,
                             LocalDate startDate,
                             @Schema(nullable = true) LocalDate plannedEndDate,
                             @Schema(nullable = true) LocalDate endDate,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal monthlyIncome,
                             boolean contract, boolean stable, EmploymentStatus status) implements VersionedView {
}
