package org.anju.industry.domain;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An employment record; {@code memberRef} is an opaque member id, never personal data.
 * {@code stable} is as of the snapshot's date (an open-ended job becomes stable after six months).
 */
public record EmploymentSnapshot(UUID id, long version, UUID householdId, String memberRef, String county, UUID siteId,
                                 EmploymentChannel channel, String employer, UUID workshopId, LocalDate startDate,
                                 LocalDate plannedEndDate, LocalDate endDate,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal monthlyIncome,
                                 boolean contract, boolean stable, EmploymentStatus status) implements AggregateSnapshot {
}
