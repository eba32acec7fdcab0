package org.anju.gateway.service;

import org.anju.gateway.domain.IndicatorDefinition;
import org.anju.gateway.domain.Scope;
import org.anju.gateway.domain.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What one indicator means: labels (in both languages), unit, the counters it is computed from
 * (numerator, and denominator for a rate) with what they count and from which business date (in the
 * request's language), where
 * it exists and the counter that splits it.
 */
@Schema(name = "IndicatorDefinition")
public record IndicatorDefinitionView(String id, String labelZh, String labelEn, Unit unit,
                                      String numerator, String numeratorDefinition,
                                      String denominator, String denominatorDefinition,
                                      String numeratorDating, String denominatorDating,
                                      Set<Scope.Level> levels, String breakdown, String sourceTopic, boolean rate) {

    static IndicatorDefinitionView of(IndicatorDefinition definition, Locale locale) {
        IndicatorView.Label label = IndicatorView.Label.of(definition);
        IndicatorView.Definition counted = IndicatorView.Definition.of(definition, locale);
        return new IndicatorDefinitionView(definition.id(), label.zh(), label.en(),
                definition.unit(), definition.numerator().key(), counted.numerator(),
                definition.isRate() ? definition.denominator().key() : null, counted.denominator(),
                counted.numeratorDating(), counted.denominatorDating(),
                EnumSet.copyOf(definition.levels()), definition.breakdown() == null ? null : definition.breakdown().key(),
                definition.sourceTopic(), definition.isRate());
    }
}
