package org.anju.industry.event;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.anju.platform.events.Snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An employment record; {@code memberRef} is an opaque member id, never personal data.
 * {@code stable} is as of the snapshot's date (an open-ended job becomes stable after six months).
 *
 * @param channel WORKSHOP, LABOUR_EXPORT, PUBLIC_WELFARE_POST, FLEXIBLE_LOCAL, ENTERPRISE or SELF_EMPLOYED
 * @param status  ACTIVE or ENDED
 */
public record EmploymentSnapshot(UUID id, long version, UUID householdId, String memberRef, String county, UUID siteId,
                                 String channel, String employer, UUID workshopId, LocalDate startDate,
                                 LocalDate plannedEndDate, LocalDate endDate,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal monthlyIncome,
                                 boolean contract, boolean stable, String status) implements Snapshot {
}
