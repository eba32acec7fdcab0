package org.anju.industry.event;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.anju.platform.events.Snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An industry project; amounts are decimal strings: investment in yuan, land area in mu, capacity
 * in {@code capacityUnit} (e.g. "1600.00" greenhouses, "46.40" MW).
 *
 * @param type   MUSHROOM_GREENHOUSE, PHOTOVOLTAIC, HERBAL_MEDICINE, GRAIN, WORKSHOP, ELDERLY_CARE or OTHER
 * @param status PLANNED, OPERATING or CLOSED
 */
public record ProjectSnapshot(UUID id, long version, String name, String type, String county, UUID siteId,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal investment,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal landAreaMu,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal capacity,
                              String capacityUnit, String partnerCompany, LocalDate startDate,
                              String status) implements Snapshot {
}
