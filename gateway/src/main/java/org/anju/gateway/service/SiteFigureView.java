package org.anju.gateway.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One of a site's occupancy figures, by the id and unit of the indicator it is: counts as whole numbers; a rate as
 * numerator ÷ denominator with six decimals (null when the denominator is 0).
 */
@Schema(name = "SiteFigure")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SiteFigureView(@Schema(required = true, example = "occupancy.rate") String id,
                             @Schema(required = true, description = "HOUSEHOLDS, PEOPLE or RATIO") String unit,
                             @Schema(required = true, nullable = true, description = "the figure; a rate is null when its denominator is 0")
                             BigDecimal value,
                             @Schema(required = true, nullable = true, description = "a rate's numerator, else null") BigDecimal numerator,
                             @Schema(required = true, nullable = true, description = "a rate's denominator, else null") BigDecimal denominator) {
}
