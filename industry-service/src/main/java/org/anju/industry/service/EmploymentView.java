package org.anju.industry.service;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.anju.industry.domain.EmploymentChannel;
import org.anju.industry.domain.EmploymentStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An employment record; {@code memberRef} is an opaque member id, never personal data.
 * {@code stable} is as of today (an open-ended job becomes stable after six months).
 */
public record EmploymentView(UUID id, long version, UUID householdId, String memberRef, String county, UUID siteId,
                             EmploymentChannel channel, String employer, UUID workshopId, LocalDate startDate,
                             LocalDate plannedEndDate, LocalDate endDate,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal monthlyIncome,
                             boolean contract, boolean stable, EmploymentStatus status) implements VersionedView {
}
