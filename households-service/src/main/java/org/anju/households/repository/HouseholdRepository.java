package org.anju.households.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.anju.households.domain.Household;
import org.anju.households.domain.HouseholdStatus;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

@ApplicationScoped
public class HouseholdRepository implements PanacheRepositoryBase<Household, UUID> {

    private static final List<HouseholdStatus> HOUSED = List.of(HouseholdStatus.HOUSING_ALLOCATED, HouseholdStatus.MOVED_IN);

    /** Loads the household locked until the transaction ends, so that commands on it run one after another. */
    public Optional<Household> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Households with a flat at the site (allocated or moved in): what counts against its capacity. */
    public long countHousedAt(UUID siteId) {
        return count("siteId = ?1 and status in ?2", siteId, HOUSED);
    }

    /** Per village: households registered as coming from it, and of them those moved in. */
    public Map<UUID, VillageHouseholds> fromVillages(Collection<UUID> villageIds) {
        Map<UUID, VillageHouseholds> counts = new HashMap<>();
        if (!villageIds.isEmpty()) {
            getEntityManager().createQuery("""
                            select h.villageId, count(h), sum(case when h.status = :movedIn then 1 else 0 end)
                            from Household h where h.villageId in :ids group by h.villageId""", Object[].class)
                    .setParameter("ids", villageIds)
                    .setParameter("movedIn", HouseholdStatus.MOVED_IN)
                    .getResultList()
                    .forEach(row -> counts.put((UUID) row[0],
                            new VillageHouseholds(((Number) row[1]).longValue(), ((Number) row[2]).longValue())));
        }
        return counts;
    }

    public VillageHouseholds fromVillage(UUID villageId) {
        return fromVillages(List.of(villageId)).getOrDefault(villageId, VillageHouseholds.NONE);
    }

    /** The latest day a household of the village moved in, null when none has. */
    public LocalDate lastMoveIn(UUID villageId) {
        return getEntityManager().createQuery("select max(h.movedInOn) from Household h where h.villageId = :village", LocalDate.class)
                .setParameter("village", villageId).getSingleResult();
    }

    /** Occupancy per site: households and people housed, and of them moved in. */
    public Map<UUID, SiteOccupancy> occupancy(Collection<UUID> siteIds) {
        Map<UUID, SiteOccupancy> occupancy = new HashMap<>();
        if (!siteIds.isEmpty()) {
            getEntityManager().createQuery("""
                            select h.siteId, count(h), coalesce(sum(h.memberCount), 0),
                                   sum(case when h.status = :movedIn then 1 else 0 end),
                                   coalesce(sum(case when h.status = :movedIn then h.memberCount else 0 end), 0)
                            from Household h where h.siteId in :ids and h.status in :housed group by h.siteId""", Object[].class)
                    .setParameter("ids", siteIds)
                    .setParameter("housed", HOUSED)
                    .setParameter("movedIn", HouseholdStatus.MOVED_IN)
                    .getResultList()
                    .forEach(row -> occupancy.put((UUID) row[0], new SiteOccupancy(
                            ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                            ((Number) row[3]).longValue(), ((Number) row[4]).longValue())));
        }
        return occupancy;
    }

    /** A household by what names it outside the service: its registry number and county. */
    public record Registered(String registryNumber, String county) {
    }

    /** Of the given ID numbers, those already in a household other than {@code except}, with that household. */
    public Map<String, Registered> householdsOfIdNumbers(Collection<String> idNumbers, UUID except) {
        Map<String, Registered> owners = new HashMap<>();
        if (!idNumbers.isEmpty()) {
            // one array parameter, not an IN list: with a list parameter Hibernate built the query's SQL anew on every call
            rows("""
                    select m.id_number, h.registry_number, h.county, h.id from household_members m join households h on h.id = m.household_id
                    where m.id_number = any(:values)""", idNumbers)
                    .filter(row -> !row[3].equals(except))
                    .forEach(row -> owners.put((String) row[0], new Registered((String) row[1], (String) row[2])));
        }
        return owners;
    }

    /** The households of these registry numbers, locked until the transaction ends (in id order, so that concurrent callers never deadlock). */
    public List<Household> findForUpdate(Collection<String> registryNumbers) {
        if (registryNumbers.isEmpty()) {
            return List.of();
        }
        return find("registryNumber in ?1 order by id", registryNumbers).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Of the given registry numbers, those already registered to a household other than {@code except}. */
    public List<String> registryNumbersOf(Collection<String> registryNumbers, UUID except) {
        if (registryNumbers.isEmpty()) {
            return List.of();
        }
        return rows("select h.registry_number, h.id from households h where h.registry_number = any(:values)", registryNumbers)
                .filter(row -> !row[1].equals(except))
                .map(row -> (String) row[0])
                .toList();
    }

    /** Rows of a native query whose one parameter {@code :values} is bound as a PostgreSQL text array. */
    @SuppressWarnings("unchecked")
    private Stream<Object[]> rows(String sql, Collection<String> values) {
        return ((List<Object[]>) getEntityManager().createNativeQuery(sql)
                .setParameter("values", values.toArray(String[]::new))
                .getResultList()).stream();
    }

    /** Undoes the changes made to a household and not yet written: it is read again as stored. */
    public void discardChanges(Household household) {
        getEntityManager().refresh(household);
    }

    /**
     * Writes pending changes and checks now what PostgreSQL would otherwise check at commit (the
     * deferred one-household-per-person constraint), so that a duplicate registered concurrently
     * surfaces here as a {@link org.hibernate.exception.ConstraintViolationException}.
     */
    public void flushAndCheckUniqueness() {
        flush();
        getEntityManager().createNativeQuery("SET CONSTRAINTS household_members_id_number_unique IMMEDIATE").executeUpdate();
    }
}
