package org.anju.funding.service;

import org.anju.funding.domain.Reconciliation.SourceDifference;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One source of a reconciliation: declared, in the ledger, and ledger minus declared. */
@Schema(name = "SourceDifference")
public record SourceDifferenceView(String source, BigDecimal declared, BigDecimal ledger, BigDecimal difference) {

    static SourceDifferenceView of(SourceDifference source) {
        return new SourceDifferenceView(source.source(), source.declared(), source.ledger(), source.difference());
    }
}
