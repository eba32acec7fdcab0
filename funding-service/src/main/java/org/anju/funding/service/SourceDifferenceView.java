package org.anju.funding.service;

import jakarta.validation.constraints.NotNull;
import org.anju.funding.domain.Reconciliation.SourceDifference;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One source of a reconciliation: declared, in the ledger, and ledger minus declared. */
@Schema(name = "SourceDifference")
public record SourceDifferenceView(@NotNull String source, @NotNull BigDecimal declared, @NotNull BigDecimal ledger,
                                   @NotNull BigDecimal difference) {

    static SourceDifferenceView of(SourceDifference source) {
        return new SourceDifferenceView(source.source(), source.declared(), source.ledger(), source.difference());
    }
}
