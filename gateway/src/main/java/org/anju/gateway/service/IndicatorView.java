package org.anju.gateway.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.anju.gateway.domain.IndicatorDefinition;
import org.anju.platform.i18n.Messages;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;

/**
 * One indicator's figure at one scope. Money figures ({@code unit = YUAN}) are decimal strings
 * with two decimals; counts and rates are numbers; a rate is numerator ÷ denominator (null when
 * the denominator is 0). The label comes in both languages, the definition in the request's.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IndicatorView(String id, Label label, String unit,
                            @Schema(description = "the figure: a count, an amount or a ratio") Object value,
                            Object numerator, Object denominator, Definition definition,
                            TargetView target,
                            @Schema(description = "how far the value is from its target (0 when met)") BigDecimal gap,
                            Boolean met,
                            @Schema(description = "time of the newest event behind the figure") OffsetDateTime asOf,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> breakdown) {

    public record Label(String zh, String en) {

        static Label of(IndicatorDefinition definition) {
            return new Label(definition.label().in(Messages.ZH), definition.label().in(Messages.EN));
        }
    }

    /**
     * What the value (or a rate's numerator) and a rate's denominator count, and from which business
     * date each counts its facts (what {@code asOf} and the series go by), in the request's language.
     */
    public record Definition(String numerator, String denominator, String numeratorDating, String denominatorDating) {

        static Definition of(IndicatorDefinition definition, Locale locale) {
            return new Definition(definition.numeratorDefinition().in(locale),
                    definition.isRate() ? definition.denominatorDefinition().in(locale) : null,
                    definition.numeratorDating().in(locale),
                    definition.isRate() ? definition.denominatorDating().in(locale) : null);
        }
    }

    public record TargetView(String comparator, BigDecimal value, String note) {
    }
}
