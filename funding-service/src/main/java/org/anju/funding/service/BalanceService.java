package org.anju.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.anju.funding.domain.Account;
import org.anju.funding.domain.Balance;
import org.anju.funding.domain.BalanceKey;
import org.anju.funding.domain.Purpose;
import org.anju.funding.repository.BalanceFilter;
import org.anju.funding.repository.BalanceRepository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Balances now (with their versions) or at the end of a given date (from the movements dated up to then). */
@ApplicationScoped
public class BalanceService {

    private final BalanceRepository balances;

    public BalanceService(BalanceRepository balances) {
        this.balances = balances;
    }

    /**
     * @param county the holder, a county code or {@link BalanceKey#CITY} for the city's accounts; null for all
     * @param asOf   null for now
     */
    @Transactional
    public List<BalanceLine> balances(Account account, String source, String county, Purpose purpose, LocalDate asOf) {
        BalanceFilter filter = new BalanceFilter(account, source, county, purpose);
        if (asOf == null) {
            return balances.current(filter).stream().map(b -> line(b, b.amount(), b.version())).toList();
        }
        return balances.asOf(filter, asOf).entrySet().stream()
                .map(e -> line(e.getKey(), e.getValue(), null))
                .toList();
    }

    private static BalanceLine line(Balance balance, BigDecimal amount, Long version) {
        BalanceKey key = balance.key();
        return new BalanceLine(key.id(), key.account(), key.source(), key.county(), key.purpose(), amount, version);
    }

    /**
     * One balance.
     *
     * @param county  null for the city's accounts
     * @param version the balance's current version; null for a balance as of a past date
     */
    public record BalanceLine(String id, Account account, String source, String county, Purpose purpose,
                              BigDecimal amount, Long version) {
    }
}
