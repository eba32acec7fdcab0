package org.anju.funding.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.anju.funding.domain.Declaration;
import org.anju.funding.domain.Reconciliation;
import org.anju.funding.repository.BalanceRepository;
import org.anju.funding.repository.DeclarationRepository;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.security.CountyScope;
import org.anju.platform.time.ProgrammeClock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Declared totals (e.g. a published report's) and their reconciliation with what the ledger
 * received: city-level data, declared by a city administrator without a county claim and read by
 * city-wide readers only.
 */
@ApplicationScoped
public class ReconciliationService {

    private final DeclarationRepository declarations;
    private final BalanceRepository balances;
    private final LedgerService ledger;
    private final ProgrammeClock clock;
    private final CountyScope countyScope;

    public ReconciliationService(DeclarationRepository declarations, BalanceRepository balances, LedgerService ledger,
                                 ProgrammeClock clock, CountyScope countyScope) {
        this.declarations = declarations;
        this.balances = balances;
        this.ledger = ledger;
        this.clock = clock;
        this.countyScope = countyScope;
    }

    /**
     * Creates or replaces a declaration (its version counts the revisions); {@code ifMatch}
     * (optional) must name the current version.
     */
    @Transactional
    public DeclarationView declare(String name, String ifMatch, DeclareTotals command) {
        countyScope.requireCityAdmin();
        command.sources().keySet().forEach(source -> ledger.knownSource(source, "sources[" + source + "]"));
        Instant now = clock.now();
        Optional<Declaration> existing = declarations.findByIdOptional(name, LockModeType.PESSIMISTIC_WRITE);
        Declaration declaration = existing.orElseGet(() -> new Declaration(name, now));
        ETags.requireMatch(ifMatch, declaration.version());
        declaration.declare(command.description(), command.total(), command.sources(), command.periodFrom(),
                command.periodTo(), now);
        if (existing.isEmpty()) {
            declarations.persist(declaration);
        }
        return DeclarationView.of(declaration);
    }

    @Transactional
    public DeclarationView get(String name) {
        countyScope.requireCityWide();
        return DeclarationView.of(declaration(name));
    }

    @Transactional
    public List<DeclarationView> list() {
        countyScope.requireCityWide();
        return declarations.findAll(Sort.by("name")).stream().map(DeclarationView::of).toList();
    }

    @Transactional
    public ReconciliationView reconcile(String name) {
        countyScope.requireCityWide();
        Declaration declaration = declaration(name);
        return ReconciliationView.of(Reconciliation.of(declaration,
                balances.receivedBySource(declaration.periodFrom(), declaration.periodTo())));
    }

    private Declaration declaration(String name) {
        return declarations.findByIdOptional(name).orElseThrow(() -> new ResourceNotFound("Declaration", name));
    }
}
