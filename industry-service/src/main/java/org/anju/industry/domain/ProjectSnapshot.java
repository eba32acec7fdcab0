package org.anju.industry.domain;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An industry project; amounts are decimal strings: investment in yuan, land area in mu, capacity
 * in {@code capacityUnit} (e.g. "1600.00" greenhouses, "46.40" MW).
 */
public record ProjectSnapshot(UUID id, long version, String name, ProjectType type, String county, UUID siteId,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal investment,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal landAreaMu,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal capacity,
                              String capacityUnit, String partnerCompany, LocalDate startDate,
                              ProjectStatus status) implements AggregateSnapshot {
}
