package org.anju.industry.service;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.anju.industry.domain.ProjectStatus;
import org.anju.industry.domain.ProjectType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An industry project as the API shows it; amounts are decimal strings: investment in yuan, land
 * area in mu, capacity in {@code capacityUnit} (e.g. "1600.00" greenhouses, "46.40" MW).
 */
@Schema(name = "Project", description = "An industry project (产业项目)", requiredProperties = {"id", "version", "name",
        "type", "county", "siteId", "investment", "landAreaMu", "capacity", "capacityUnit", "partnerCompany", "startDate",
        "status"})
public record ProjectView(UUID id, long version, String name, ProjectType type, String county,
                          @Schema(nullable = true) UUID siteId,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal investment,
                          @Schema(nullable = true, type = SchemaType.STRING, pattern = QUANTITY, examples = "754.20",
                                  description = LAND_AREA)
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal landAreaMu,
                          @Schema(nullable = true, type = SchemaType.STRING, pattern = QUANTITY, examples = "1600.00",
                                  description = CAPACITY)
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal capacity,
                          @Schema(nullable = true) String capacityUnit, @Schema(nullable = true) String partnerCompany,
                          @Schema(nullable = true) LocalDate startDate, ProjectStatus status) implements VersionedView {

    /** A non-negative quantity that is not money, as a decimal string (two decimals in responses). */
    static final String QUANTITY = "^[0-9]{1,16}([.][0-9]{1,2})?$";
    static final String LAND_AREA = "Land area in mu (亩) as a decimal string (at most two decimals; responses carry two)";
    static final String CAPACITY = "Capacity in capacityUnit (e.g. greenhouses, MW) as a decimal string (at most two decimals; responses carry two)";
}
