package org.anju.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.anju.funding.domain.Account;
import org.anju.funding.domain.Purpose;
import org.anju.funding.repository.BalanceFilter;
import org.anju.funding.repository.BalanceRepository;
import org.anju.platform.programme.AdministrativeDivisions;
import org.anju.platform.security.CountyScope;

import java.time.LocalDate;
import java.util.List;

/** Balances now (with their versions) or at the end of a given date (from the movements dated up to then). */
@ApplicationScoped
public class BalanceService {

    private final BalanceRepository balances;
    private final CountyScope countyScope;

    public BalanceService(BalanceRepository balances, CountyScope countyScope) {
        this.balances = balances;
        this.countyScope = countyScope;
    }

    /**
     * The balances something has moved, of the holder the caller may read: a county officer's own
     * county (another county or the city is a 403), any county or the city for city-wide readers.
     *
     * @param holder a county, the city, or null for every holder the caller may read
     * @param asOf   null for now
     */
    @Transactional
    public BalancesView list(Account account, String source, BalanceHolder holder, Purpose purpose, LocalDate asOf) {
        BalanceFilter filter = new BalanceFilter(account, source, readableHolder(holder), purpose);
        List<BalanceView> items = asOf == null
                ? balances.current(filter).stream().map(b -> BalanceView.of(b.key(), b.amount(), b.version())).toList()
                : balances.asOf(filter, asOf).entrySet().stream()
                        .map(e -> BalanceView.of(e.getKey().key(), e.getValue(), null))
                        .toList();
        return new BalancesView(asOf, items);
    }

    private String readableHolder(BalanceHolder holder) {
        if (holder == null || !holder.isCity()) {
            return countyScope.listCounty(holder == null ? null : holder.county());
        }
        String city = AdministrativeDivisions.programme().city();
        countyScope.requireRead(city);
        return city;
    }
}
