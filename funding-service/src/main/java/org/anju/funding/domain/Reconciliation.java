package org.anju.funding.domain;

import org.anju.platform.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A declaration compared with what the ledger received in the declared period (receipts less
 * reversed receipts). Differences are ledger minus declared: positive means the ledger holds more.
 *
 * @param declaredSourcesTotal the declared per-source amounts added up, which need not equal the declared total
 * @param consistent           every difference is zero
 */
public record Reconciliation(String declaration, LocalDate periodFrom, LocalDate periodTo,
                             BigDecimal declaredTotal, BigDecimal declaredSourcesTotal, BigDecimal ledgerTotal,
                             BigDecimal ledgerMinusDeclaredTotal, BigDecimal declaredSourcesMinusDeclaredTotal,
                             List<SourceDifference> sources, boolean consistent) {

    public record SourceDifference(String source, BigDecimal declared, BigDecimal ledger, BigDecimal difference) {
    }

    public static Reconciliation of(Declaration declaration, Map<String, BigDecimal> ledgerBySource) {
        Map<String, BigDecimal> declared = declaration.sources();
        TreeSet<String> names = new TreeSet<>(declared.keySet());
        names.addAll(ledgerBySource.keySet());
        List<SourceDifference> sources = names.stream().map(source -> {
            BigDecimal d = declared.getOrDefault(source, Money.ZERO);
            BigDecimal l = ledgerBySource.getOrDefault(source, Money.ZERO);
            return new SourceDifference(source, d, l, l.subtract(d));
        }).toList();
        BigDecimal declaredSources = sum(sources.stream().map(SourceDifference::declared).toList());
        BigDecimal ledger = sum(sources.stream().map(SourceDifference::ledger).toList());
        BigDecimal ledgerMinusTotal = ledger.subtract(declaration.total());
        BigDecimal sourcesMinusTotal = declaredSources.subtract(declaration.total());
        boolean consistent = ledgerMinusTotal.signum() == 0 && sourcesMinusTotal.signum() == 0
                && sources.stream().allMatch(s -> s.difference().signum() == 0);
        return new Reconciliation(declaration.name(), declaration.periodFrom(), declaration.periodTo(),
                declaration.total(), declaredSources, ledger, ledgerMinusTotal, sourcesMinusTotal, sources, consistent);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(Money.ZERO, BigDecimal::add);
    }
}
