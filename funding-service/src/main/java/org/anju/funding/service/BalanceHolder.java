package org.anju.funding.service;

import org.anju.platform.programme.AdministrativeDivisions;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.text.Identifiers;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whose balances a query asks for ({@code ?county=}): a county of the programme, or the city's own
 * accounts by the programme's city code ({@code 140700}). Read like a {@link CountyCode}; any
 * other value is a 400 naming {@code county}.
 *
 * @param county the county, null for the city
 */
@Schema(type = SchemaType.STRING, example = "140721",
        description = "A county of the programme by its 6-digit GB/T 2260 code, or the city's code for the city's own accounts")
public record BalanceHolder(CountyCode county) {

    /** From the query parameter (JAX-RS calls {@code valueOf}). */
    public static BalanceHolder valueOf(String raw) {
        if (AdministrativeDivisions.programme().city().equals(Identifiers.normalise(raw))) {
            return new BalanceHolder(null);
        }
        return new BalanceHolder(CountyCode.valueOf(raw));
    }

    public boolean isCity() {
        return county == null;
    }
}
