package org.anju.industry.event;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.anju.platform.events.Snapshot;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A household benefiting from a project. Category and member count are copied from the household
 * replica when the beneficiary is added, so the gateway can count covered registered-poor people.
 *
 * @param category REGISTERED_POOR or CO_RELOCATED
 * @param active   false once removed from the project (it stays, with its payouts)
 */
public record BeneficiarySnapshot(UUID id, long version, UUID projectId, UUID householdId, String county, UUID siteId,
                                  String category, int memberCount,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expectedAnnualIncrease,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal dividendsPaid,
                                  boolean active) implements Snapshot {
}
