package org.anju.households.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import org.anju.households.domain.Household;
import org.anju.households.domain.ResettlementSite;
import org.anju.households.event.HomesteadDemolished;
import org.anju.households.event.HomesteadReclaimed;
import org.anju.households.event.HouseholdEvent;
import org.anju.households.event.HouseholdLiftedOutOfPoverty;
import org.anju.households.event.HouseholdMovedIn;
import org.anju.households.event.HouseholdSnapshot;
import org.anju.households.event.HousingAllocated;
import org.anju.households.repository.HouseholdRepository;
import org.anju.households.repository.SiteRepository;
import org.anju.platform.i18n.Message;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.problem.RuleViolation;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.tabular.Column;
import org.anju.platform.tabular.Header;
import org.anju.platform.tabular.SheetRow;
import org.anju.platform.tabular.SheetTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.anju.households.service.HouseholdColumns.DEMOLISHED_ON;
import static org.anju.households.service.HouseholdColumns.HOUSING_ALLOCATED_ON;
import static org.anju.households.service.HouseholdColumns.LIFTED_ON;
import static org.anju.households.service.HouseholdColumns.MOVED_IN_ON;
import static org.anju.households.service.HouseholdColumns.RECLAIMED_ON;
import static org.anju.households.service.HouseholdColumns.REGISTRY_NUMBER;
import static org.anju.households.service.HouseholdColumns.SITE;

/**
 * Imports a lifecycle file: for each household (by registry number) every filled date is the
 * command the JSON API takes for that step ({@code allocateHousing}, {@code moveIn},
 * {@code liftOutOfPoverty}, {@code demolishHomestead}, {@code reclaimHomestead}), applied in
 * lifecycle order through the same domain rules, each with its event. A household's steps are
 * applied all or none; a step already taken on the same day (and, for housing, at the same site and
 * flat) is no change and no error, so importing the same file again changes nothing.
 */
@ApplicationScoped
public class HouseholdUpdateImport {

    private final HouseholdRepository households;
    private final SiteRepository sites;
    private final References references;
    private final Outbox outbox;
    private final Validator validator;

    public HouseholdUpdateImport(HouseholdRepository households, SiteRepository sites, References references, Outbox outbox,
                                 Validator validator) {
        this.households = households;
        this.sites = sites;
        this.references = references;
        this.outbox = outbox;
        this.validator = validator;
    }

    /** A step after housing: its date column, whether it was already taken that day, why it cannot be that day, and how it is taken. */
    private static final class Step {
        private final Column column;
        private final BiPredicate<Household, LocalDate> done;
        private final BiFunction<Household, LocalDate, Optional<RuleViolation>> refusal;
        private final BiConsumer<Household, LocalDate> take;
        private final Function<HouseholdSnapshot, HouseholdEvent> event;

        Step(Column column, BiPredicate<Household, LocalDate> done, BiFunction<Household, LocalDate, Optional<RuleViolation>> refusal,
             BiConsumer<Household, LocalDate> take, Function<HouseholdSnapshot, HouseholdEvent> event) {
            this.column = column;
            this.done = done;
            this.refusal = refusal;
            this.take = take;
            this.event = event;
        }
    }

    /** The steps after housing, in lifecycle order. */
    private static final List<Step> STEPS = List.of(
            new Step(MOVED_IN_ON, Household::hasMovedInOn, Household::moveInRefused, Household::moveIn, HouseholdMovedIn::new),
            new Step(LIFTED_ON, Household::wasLiftedOn, Household::liftingRefused, Household::liftOutOfPoverty,
                    HouseholdLiftedOutOfPoverty::new),
            new Step(DEMOLISHED_ON, Household::wasDemolishedOn, Household::demolitionRefused, Household::demolishHomestead,
                    HomesteadDemolished::new),
            new Step(RECLAIMED_ON, Household::wasReclaimedOn, Household::reclamationRefused, Household::reclaimHomestead,
                    HomesteadReclaimed::new));

    ImportPass<ImportedUpdate> start(ImportRunner.Claimed job) {
        return new Pass(job.countyScope(), job.dryRun());
    }

    /**
     * One run: the sites looked up, and in a dry run the flats it would have allocated at each site
     * in the chunks before (rolled back, so the database no longer counts them; within a chunk it does).
     */
    private final class Pass implements ImportPass<ImportedUpdate> {

        private final CountyCode countyScope;
        private final boolean dryRun;
        private final References.Cache cache = new References.Cache();
        private final Map<UUID, Integer> allocatedBefore = new HashMap<>();
        private final Map<UUID, Integer> allocatedInChunk = new HashMap<>();

        Pass(CountyCode countyScope, boolean dryRun) {
            this.countyScope = countyScope;
            this.dryRun = dryRun;
        }

        @Override
        public SheetTemplate template() {
            return HouseholdColumns.UPDATE_TEMPLATE;
        }

        @Override
        public ImportedUpdate read(List<SheetRow> rows, Header header) {
            return new ImportedUpdate(rows, header).read(validator);
        }

        @Override
        public void apply(List<ImportedUpdate> chunk, boolean firstAttempt) {
            allocatedInChunk.clear();
            Map<String, Household> byNumber = households.findForUpdate(chunk.stream().filter(ImportedUpdate::valid)
                            .map(ImportedUpdate::registryNumber).collect(Collectors.toSet())).stream()
                    .collect(Collectors.toMap(Household::registryNumber, Function.identity()));
            for (ImportedUpdate update : chunk) {
                if (update.valid()) {
                    apply(update, byNumber.get(update.registryNumber()));
                }
            }
            if (dryRun) {
                allocatedInChunk.forEach((site, flats) -> allocatedBefore.merge(site, flats, Integer::sum));
            }
        }

        private void apply(ImportedUpdate update, Household household) {
            SheetRow row = update.firstRow();
            // another county's household is answered as one that does not exist: a county officer learns nothing of other counties' numbers
            if (household == null || countyScope != null && !countyScope.code().equals(household.county())) {
                update.error(row, REGISTRY_NUMBER.key(), null, countyScope == null ? Message.of("import.household-unknown")
                        : Message.of("import.household-unknown-in-county", countyScope.code()));
                return;
            }
            List<HouseholdEvent> events = new ArrayList<>();
            UUID allocatedAt = update.allocates() ? allocate(update, household, events) : null;
            for (Step step : STEPS) {
                LocalDate on = update.dateOf(step.column);
                if (on == null || !update.valid() || step.done.test(household, on)) {
                    continue;
                }
                Optional<RuleViolation> refusal = step.refusal.apply(household, on);
                if (refusal.isPresent()) {
                    update.error(row, step.column.key(), refusal.get().rule(), refusal.get().message());
                } else {
                    step.take.accept(household, on);
                    events.add(step.event.apply(Views.snapshot(household)));
                }
            }
            if (!update.valid()) {
                // nothing of a household is half-applied: its steps taken so far are undone (none was written yet)
                households.discardChanges(household);
                return;
            }
            events.forEach(outbox::record);
            if (allocatedAt != null) {
                allocatedInChunk.merge(allocatedAt, 1, Integer::sum);
            }
        }

        /** Allocates housing unless it was allocated so already; the site (locked, as the JSON API does) where it was newly allocated. */
        private UUID allocate(ImportedUpdate update, Household household, List<HouseholdEvent> events) {
            SheetRow row = update.firstRow();
            UUID siteId = null;
            if (update.siteRef() != null) {
                References.Resolved site = references.site(household.county(), update.siteRef(), SITE.key(), cache);
                if (site.problem() != null) {
                    update.report(site.problem());
                }
                siteId = site.id();
            }
            AllocateHousing command = update.allocation(siteId, validator);
            if (!update.valid() || household.hasHousing(command.siteId(), command.flat(), command.date())) {
                return null;
            }
            Optional<ResettlementSite> site = sites.findForUpdate(command.siteId());
            if (site.isEmpty()) {
                update.report(RegistrationChecks.unknownSite(command.siteId()));
                return null;
            }
            long housed = households.countHousedAt(site.get().id()) + allocatedBefore.getOrDefault(site.get().id(), 0);
            Optional<RuleViolation> refusal = household.housingRefused(site.get(), housed, command.date());
            if (refusal.isPresent()) {
                update.error(row, HOUSING_ALLOCATED_ON.key(), refusal.get().rule(), refusal.get().message());
                return null;
            }
            household.allocateHousing(site.get(), housed, command.flat(), command.date());
            events.add(new HousingAllocated(Views.snapshot(household)));
            return site.get().id();
        }

        @Override
        public Message conflict() {
            return Message.of("import.conflict-updated");
        }
    }
}
