package org.anju.gateway.service;

import org.anju.gateway.domain.Scope;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.text.Identifiers;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a target applies, as the {@code county} query parameter names it: a county of the
 * programme, or {@code *} for every scope without a target of its own (no parameter: the city).
 * Anything else is a 400 naming {@code county}.
 */
@Schema(type = SchemaType.STRING, example = "140723",
        description = "a county's 6-digit code (GB/T 2260), or * for every scope without its own target")
public final class TargetScope {

    private static final String EVERY_SCOPE = "*";

    private final CountyCode county;

    private TargetScope(CountyCode county) {
        this.county = county;
    }

    /** From the query parameter (JAX-RS calls {@code valueOf}). */
    public static TargetScope valueOf(String raw) {
        return EVERY_SCOPE.equals(Identifiers.normalise(raw)) ? new TargetScope(null) : new TargetScope(CountyCode.valueOf(raw));
    }

    /** The county this scope names, or null for every scope ({@code *}). */
    CountyCode county() {
        return county;
    }

    /** The scope key a target of this scope is stored under; {@code scope} null is the city. */
    static String keyOf(TargetScope scope) {
        if (scope == null) {
            return Scope.CITY.key();
        }
        return scope.county == null ? EVERY_SCOPE : Scope.county(scope.county).key();
    }

    @Override
    public String toString() {
        return county == null ? EVERY_SCOPE : county.code();
    }
}
