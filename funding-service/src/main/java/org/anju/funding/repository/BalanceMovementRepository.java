package org.anju.funding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.funding.domain.BalanceMovement;
import org.anju.platform.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BalanceMovementRepository implements PanacheRepositoryBase<BalanceMovement, UUID> {

    public List<BalanceMovement> ofEntries(Collection<UUID> entryIds) {
        return entryIds.isEmpty() ? List.of() : list("entryId in ?1 order by balanceId", entryIds);
    }

    /**
     * The lowest amount the balance stood at, at the end of {@code date} or of any later date on
     * which it moved: what an entry dated {@code date} may take from it without any date's balance
     * going below zero. Call it with the balance locked.
     */
    public BigDecimal lowestFrom(String balanceId, LocalDate date) {
        Object lowest = getEntityManager().createNativeQuery("""
                        SELECT LEAST(
                            (SELECT COALESCE(SUM(delta), 0) FROM balance_movement WHERE balance_id = ?1 AND occurred_on <= ?2),
                            (SELECT MIN(running) FROM (
                                SELECT occurred_on, SUM(SUM(delta)) OVER (ORDER BY occurred_on) AS running
                                FROM balance_movement WHERE balance_id = ?1 GROUP BY occurred_on) daily
                             WHERE occurred_on > ?2))""")
                .setParameter(1, balanceId)
                .setParameter(2, date)
                .getSingleResult();
        return ((BigDecimal) lowest).setScale(Money.SCALE);
    }
}
