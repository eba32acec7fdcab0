package org.anju.funding.service;

import jakarta.validation.constraints.NotNull;
import org.anju.funding.domain.Reconciliation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A declaration compared with what the ledger received in the declared period (receipts less
 * reversed receipts). Differences are ledger minus declared: positive means the ledger holds more.
 *
 * @param declaredSourcesTotal the declared per-source amounts added up, which need not equal the declared total
 * @param consistent           every difference is zero
 */
@Schema(name = "Reconciliation")
public record ReconciliationView(@NotNull String declaration,
                                 @Schema(required = true, nullable = true) LocalDate periodFrom,
                                 @Schema(required = true, nullable = true) LocalDate periodTo,
                                 @NotNull BigDecimal declaredTotal,
                                 @NotNull BigDecimal declaredSourcesTotal,
                                 @NotNull BigDecimal ledgerTotal,
                                 @NotNull BigDecimal ledgerMinusDeclaredTotal,
                                 @NotNull BigDecimal declaredSourcesMinusDeclaredTotal,
                                 @NotNull List<SourceDifferenceView> sources,
                                 @NotNull boolean consistent) {

    static ReconciliationView of(Reconciliation reconciliation) {
        return new ReconciliationView(reconciliation.declaration(), reconciliation.periodFrom(), reconciliation.periodTo(),
                reconciliation.declaredTotal(), reconciliation.declaredSourcesTotal(), reconciliation.ledgerTotal(),
                reconciliation.ledgerMinusDeclaredTotal(), reconciliation.declaredSourcesMinusDeclaredTotal(),
                reconciliation.sources().stream().map(SourceDifferenceView::of).toList(), reconciliation.consistent());
    }
}
