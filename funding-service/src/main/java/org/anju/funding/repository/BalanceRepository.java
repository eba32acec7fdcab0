package org.anju.funding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.anju.funding.domain.Account;
import org.anju.funding.domain.Balance;
import org.anju.funding.domain.BalanceKey;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@ApplicationScoped
public class BalanceRepository implements PanacheRepositoryBase<Balance, String> {

    /**
     * Locks the balances (SELECT ... FOR UPDATE) until the transaction ends, creating those nothing
     * has moved yet: concurrent postings to one balance run one after the other, so the no-overdraw
     * check sees every earlier posting. Locks are taken in key order, so postings cannot deadlock.
     */
    public Map<BalanceKey, Balance> lock(Collection<BalanceKey> keys, Instant now) {
        Map<BalanceKey, Balance> locked = new LinkedHashMap<>();
        keys.stream().distinct().sorted().forEach(key -> {
            Balance fresh = new Balance(key, now);
            // ON CONFLICT: another transaction creating the same balance first is not an error
            getEntityManager().createNativeQuery("INSERT INTO balance (id, account, source, holder, purpose, amount, version, updated_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (id) DO NOTHING")
                    .setParameter(1, fresh.id())
                    .setParameter(2, key.account().name())
                    .setParameter(3, key.source())
                    .setParameter(4, key.holder())
                    .setParameter(5, key.purpose() == null ? null : key.purpose().name())
                    .setParameter(6, fresh.amount())
                    .setParameter(7, fresh.version())
                    .setParameter(8, now)
                    .executeUpdate();
            locked.put(key, findById(key.id(), LockModeType.PESSIMISTIC_WRITE));
        });
        return locked;
    }

    /** The balances now, leaving out those nothing has moved. */
    public List<Balance> current(BalanceFilter filter) {
        return find("from Balance b where " + BalanceFilter.MATCHES + " and b.version > 0 order by b.id", filter.parameters()).list();
    }

    /** Each matching balance's amount at the end of {@code date}: the sum of its movements dated up to then. */
    public Map<Balance, BigDecimal> asOf(BalanceFilter filter, LocalDate date) {
        var query = getEntityManager().createQuery("select b, sum(m.delta) from Balance b join BalanceMovement m"
                + " on m.balanceId = b.id where " + BalanceFilter.MATCHES + " and m.occurredOn <= :date"
                + " group by b order by b.id", Object[].class);
        filter.parameters().and("date", date).map().forEach(query::setParameter);
        Map<Balance, BigDecimal> amounts = new LinkedHashMap<>();
        query.getResultList().forEach(row -> amounts.put((Balance) row[0], (BigDecimal) row[1]));
        return amounts;
    }

    /** Net received per source (receipts less reversed receipts) dated in the period; null bounds are open. */
    public Map<String, BigDecimal> receivedBySource(LocalDate from, LocalDate to) {
        var query = getEntityManager().createQuery("select b.source, sum(m.delta) from Balance b join BalanceMovement m"
                + " on m.balanceId = b.id where b.account = :account"
                // typed: PostgreSQL cannot tell the type of a date parameter that is only compared with null
                + " and (cast(:from as LocalDate) is null or m.occurredOn >= :from)"
                + " and (cast(:to as LocalDate) is null or m.occurredOn <= :to)"
                + " group by b.source", Object[].class);
        Parameters.with("account", Account.RECEIVED).and("from", from).and("to", to).map().forEach(query::setParameter);
        Map<String, BigDecimal> received = new TreeMap<>();
        query.getResultList().forEach(row -> received.put((String) row[0], (BigDecimal) row[1]));
        return received;
    }
}
