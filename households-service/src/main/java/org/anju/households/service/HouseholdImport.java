package org.anju.households.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import org.anju.households.domain.Household;
import org.anju.households.event.HouseholdRegistered;
import org.anju.households.repository.HouseholdRepository;
import org.anju.platform.i18n.Message;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.problem.RuleViolation;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.tabular.Header;
import org.anju.platform.tabular.SheetRow;
import org.anju.platform.tabular.SheetTemplate;
import org.anju.platform.time.ProgrammeClock;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a household file as registrations: each household is checked as the JSON API would check
 * it ({@link ImportedHousehold}, then {@link RegistrationChecks} for a whole chunk) plus what only a
 * file can break (a person on two households' rows), and registered with its
 * {@code HouseholdRegistered} event through the outbox.
 */
@ApplicationScoped
public class HouseholdImport {

    private final HouseholdRepository households;
    private final RegistrationChecks registry;
    private final References references;
    private final Outbox outbox;
    private final Validator validator;
    private final ProgrammeClock clock;

    public HouseholdImport(HouseholdRepository households, RegistrationChecks registry, References references, Outbox outbox,
                           Validator validator, ProgrammeClock clock) {
        this.households = households;
        this.registry = registry;
        this.references = references;
        this.outbox = outbox;
        this.validator = validator;
        this.clock = clock;
    }

    ImportPass<ImportedHousehold> start(ImportRunner.Claimed job) {
        return new Pass(job.countyScope(), new RegistrationChecks.Reader(CountyCode.codeOf(job.countyScope()), job.submitterSeesIdNumbers()));
    }

    /** One run: where each ID number was first seen, and the sites and villages looked up. */
    private final class Pass implements ImportPass<ImportedHousehold> {

        private final CountyCode countyScope;
        private final RegistrationChecks.Reader reader;
        private final Map<String, Integer> idNumberRows = new HashMap<>();
        private final References.Cache cache = new References.Cache();

        Pass(CountyCode countyScope, RegistrationChecks.Reader reader) {
            this.countyScope = countyScope;
            this.reader = reader;
        }

        @Override
        public SheetTemplate template() {
            return HouseholdColumns.HOUSEHOLD_TEMPLATE;
        }

        @Override
        public ImportedHousehold read(List<SheetRow> rows, Header header) {
            return new ImportedHousehold(rows, header).read(countyScope);
        }

        @Override
        public void apply(List<ImportedHousehold> chunk, boolean firstAttempt) {
            LocalDate today = clock.today();
            for (ImportedHousehold household : chunk) {
                household.check(references, cache, validator, today);
                if (firstAttempt) {
                    checkAgainstFile(household);
                }
            }
            List<ImportedHousehold> candidates = chunk.stream().filter(ImportedHousehold::valid).toList();
            List<List<RuleViolation>> violations = registry.violations(candidates.stream().map(ImportedHousehold::registration).toList(),
                    null, reader);
            for (int i = 0; i < candidates.size(); i++) {
                violations.get(i).forEach(candidates.get(i)::report);
            }
            for (ImportedHousehold household : chunk) {
                if (household.valid()) {
                    RegisterHousehold registration = household.registration();
                    Household registered = Household.register(registration.county().code(), registration.details(),
                            registration.memberDetails(), today);
                    households.persist(registered);
                    outbox.record(new HouseholdRegistered(Views.snapshot(registered)));
                }
            }
        }

        /** An ID number appears on one household's rows only (twice in one household is the policy's to report). */
        private void checkAgainstFile(ImportedHousehold household) {
            List<RegisterHousehold.Member> members = household.registration().members();
            for (int i = 0; i < members.size(); i++) {
                String idNumber = members.get(i).idNumber();
                if (idNumber != null && !idNumber.isEmpty()) {
                    Integer earlier = idNumberRows.putIfAbsent(idNumber, household.rows().get(i).number());
                    if (earlier != null) {
                        household.report(new RuleViolation("id-number-unique", "members[" + i + "].idNumber",
                                Message.of("rule.id-number-unique.in-file", String.valueOf(earlier))));
                    }
                }
            }
        }

        @Override
        public Message conflict() {
            return Message.of("import.conflict-registered");
        }
    }
}
