package org.anju.funding.service;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * How the commands and views document amounts in the OpenAPI document: every amount is the
 * platform's {@code Amount} decimal string (a command's amount refers to it by name, since its
 * {@code @Digits} would otherwise inline a copy of it), and a map of amounts per fund source is
 * {@link BySource}.
 */
final class AmountSchemas {

    /** The platform's schema of every BigDecimal: {@code @Schema(ref = AmountSchemas.AMOUNT)}. */
    static final String AMOUNT = "Amount";
    static final String POSITIVE = "Yuan, more than zero, at most two decimals";
    static final String NOT_NEGATIVE = "Yuan, zero or more, at most two decimals";

    /**
     * A {@code Map<String, BigDecimal>} of amounts per fund source code, e.g. {@code {"CENTRAL_BUDGET": "54810000.00"}},
     * named with {@code @Schema(implementation = AmountSchemas.BySource.class)}: the scanner documents a map's
     * BigDecimal values as JSON numbers, not as the configured {@code Amount} schema.
     */
    @Schema(name = "AmountsBySource", type = SchemaType.OBJECT, additionalProperties = BigDecimal.class,
            description = "Yuan per fund source code")
    interface BySource {
    }

    private AmountSchemas() {
    }
}
