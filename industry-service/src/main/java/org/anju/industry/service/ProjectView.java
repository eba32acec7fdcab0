package org.anju.industry.service;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.anju.industry.domain.ProjectStatus;
import org.anju.industry.domain.ProjectType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An industry project as the API shows it; amounts are decimal strings: investment in yuan, land
 * area in mu, capacity in {@code capacityUnit} (e.g. "1600.00" greenhouses, "46.40" MW).
 */
public record ProjectView(UUID id, long version, String name, ProjectType type, String county, UUID siteId,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal investment,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal landAreaMu,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal capacity,
                          String capacityUnit, String partnerCompany, LocalDate startDate, ProjectStatus status) implements VersionedView {
}
