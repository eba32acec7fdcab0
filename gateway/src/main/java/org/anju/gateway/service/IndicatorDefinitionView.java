package org.anju.gateway.service;

import org.anju.gateway.domain.IndicatorDefinition;
import org.anju.gateway.domain.Scope;
import org.anju.gateway.domain.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.EnumSet;
import java.util.Set;

/**
 * What one indicator means: labels, unit, the counters it is computed from (numerator, and
 * denominator for a rate), where it exists and the counter that splits it.
 */
@Schema(name = "IndicatorDefinition")
public record IndicatorDefinitionView(String id, String labelZh, String labelEn, Unit unit,
                                      String numerator, String numeratorDefinition,
                                      String denominator, String denominatorDefinition,
                                      Set<Scope.Level> levels, String breakdown, String sourceTopic, boolean rate) {

    static IndicatorDefinitionView of(IndicatorDefinition definition) {
        return new IndicatorDefinitionView(definition.id(), definition.labelZh(), definition.labelEn(), definition.unit(),
                definition.numerator().key(), definition.numeratorDefinition(),
                definition.isRate() ? definition.denominator().key() : null, definition.denominatorDefinition(),
                EnumSet.copyOf(definition.levels()), definition.breakdown() == null ? null : definition.breakdown().key(),
                definition.sourceTopic(), definition.isRate());
    }
}
