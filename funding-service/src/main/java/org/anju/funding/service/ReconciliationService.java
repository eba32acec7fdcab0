package org.anju.funding.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.anju.funding.domain.Declaration;
import org.anju.funding.domain.Reconciliation;
import org.anju.funding.repository.BalanceRepository;
import org.anju.funding.repository.DeclarationRepository;
import org.anju.platform.concurrency.ETags;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Declared totals (e.g. a published report's) and their reconciliation with what the ledger received. */
@ApplicationScoped
public class ReconciliationService {

    private final DeclarationRepository declarations;
    private final BalanceRepository balances;
    private final LedgerService ledger;

    public ReconciliationService(DeclarationRepository declarations, BalanceRepository balances, LedgerService ledger) {
        this.declarations = declarations;
        this.balances = balances;
        this.ledger = ledger;
    }

    /**
     * Creates or replaces a declaration (its version counts the revisions); {@code ifMatch}
     * (optional) must name the current version.
     */
    @Transactional
    public DeclarationView declare(String name, String description, BigDecimal total, Map<String, BigDecimal> bySource,
                                   LocalDate from, LocalDate to, String ifMatch) {
        bySource.keySet().forEach(ledger::knownSource);
        Optional<Declaration> existing = declarations.findByIdOptional(name, LockModeType.PESSIMISTIC_WRITE);
        Declaration declaration = existing.orElseGet(() -> new Declaration(name, Timestamps.now()));
        ETags.requireMatch(ifMatch, declaration.version());
        declaration.declare(description, total, bySource, from, to, Timestamps.now());
        if (existing.isEmpty()) {
            declarations.persist(declaration);
        }
        return view(declaration);
    }

    @Transactional
    public DeclarationView get(String name) {
        return view(declaration(name));
    }

    @Transactional
    public List<DeclarationView> list() {
        return declarations.findAll(Sort.by("name")).stream().map(ReconciliationService::view).toList();
    }

    @Transactional
    public Reconciliation reconcile(String name) {
        Declaration declaration = declaration(name);
        return Reconciliation.of(declaration, balances.receivedBySource(declaration.periodFrom(), declaration.periodTo()));
    }

    private Declaration declaration(String name) {
        return declarations.findByIdOptional(name)
                .orElseThrow(() -> new NotFoundException("No declaration named " + name + "; PUT /api/v1/declarations/" + name + " creates it"));
    }

    private static DeclarationView view(Declaration declaration) {
        return new DeclarationView(declaration.name(), declaration.description(), declaration.total(),
                new TreeMap<>(declaration.sources()), declaration.periodFrom(), declaration.periodTo(), declaration.version());
    }

    /** A declaration: a total and amounts per source received in a period (dates inclusive, each optional). */
    public record DeclarationView(String name, String description, BigDecimal total, Map<String, BigDecimal> sources,
                                  LocalDate periodFrom, LocalDate periodTo, long version) {
    }
}
