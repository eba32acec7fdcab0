package org.anju.funding.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.anju.platform.i18n.Message;
import org.anju.platform.money.Money;
import org.anju.platform.problem.DomainRuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals received as someone published them (e.g. the 2016-2018 report: ¥917M in all, and an
 * amount per source), kept as declared, contradictions included, to reconcile with the ledger.
 */
@Entity
@Table(name = "declaration")
public class Declaration {

    @Id
    private String name;
    private String description;
    @Column(precision = 18, scale = 2)
    private BigDecimal total;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private long version;
    private Instant updatedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "declaration_source", joinColumns = @JoinColumn(name = "declaration_name"))
    @MapKeyColumn(name = "source")
    @Column(name = "amount", precision = 18, scale = 2)
    private Map<String, BigDecimal> sources = new TreeMap<>();

    protected Declaration() {
        // for JPA
    }

    public Declaration(String name, Instant now) {
        this.name = name;
        this.version = 0;
        this.updatedAt = now;
    }

    /** Sets what is declared; a declaration's version counts its revisions (1 when first declared). */
    public void declare(String description, BigDecimal total, Map<String, BigDecimal> bySource,
                        LocalDate from, LocalDate to, Instant now) {
        if (from != null && to != null && to.isBefore(from)) {
            throw DomainRuleViolation.of("period-order", to.toString(), from.toString());
        }
        this.description = description;
        this.total = nonNegative(total, Message.of("declaration.total"));
        this.sources.clear();
        bySource.forEach((source, amount) -> this.sources.put(source, nonNegative(amount, Message.of("declaration.source", source))));
        this.periodFrom = from;
        this.periodTo = to;
        this.version++;
        this.updatedAt = now;
    }

    private static BigDecimal nonNegative(BigDecimal amount, Message what) {
        if (amount == null || amount.signum() < 0) {
            throw DomainRuleViolation.of("declared-amount", what);
        }
        return Money.of(amount);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public BigDecimal total() {
        return total;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public long version() {
        return version;
    }

    public Map<String, BigDecimal> sources() {
        return Map.copyOf(sources);
    }
}
