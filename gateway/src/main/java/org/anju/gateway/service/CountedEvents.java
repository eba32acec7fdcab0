package org.anju.gateway.service;

import org.anju.gateway.domain.FundingProjector;
import org.anju.gateway.domain.GovernanceProjector;
import org.anju.gateway.domain.HouseholdsProjector;
import org.anju.gateway.domain.IndustryProjector;
import org.anju.gateway.domain.Projector;
import org.anju.platform.events.EventEnvelope;
import org.anju.platform.events.EventKinds;

import java.util.List;
import java.util.Optional;

/**
 * Which events of which producer the gateway counts, as which kind of aggregate, and the counting
 * rules of that producer. Events of other producers or names (e.g. funding's rewards) are not counted.
 */
final class CountedEvents {

    /** An event the gateway counts: the kind of aggregate its snapshot describes, the rules that count it, and its topic. */
    record Counted(String kind, Projector projector, String topic) {
    }

    private record Producer(EventKinds kinds, Projector projector, String topic) {
    }

    private static final List<Producer> PRODUCERS = List.of(
            new Producer(EventKinds.from("households-service")
                    .kind(HouseholdsProjector.HOUSEHOLD, "Household*", "HousingAllocated", "Homestead*")
                    .kind(HouseholdsProjector.SITE, "Site*")
                    .kind(HouseholdsProjector.VILLAGE, "Village*")
                    .kind(HouseholdsProjector.RELOCATION_TASK, "RelocationTaskSet"),
                    new HouseholdsProjector(), "households.v1"),
            new Producer(EventKinds.from("funding-service")
                    .kind(FundingProjector.FUND_ENTRY, "FundsReceived", "FundsDisbursed", "FundsSpent", "EntryReversed"),
                    new FundingProjector(), "funding.v1"),
            new Producer(EventKinds.from("industry-service")
                    .kind(IndustryProjector.PROJECT, "Project*")
                    .kind(IndustryProjector.BENEFICIARY, "Beneficiary*", "DividendPaid")
                    .kind(IndustryProjector.WORKSHOP, "Workshop*")
                    .kind(IndustryProjector.EMPLOYMENT, "Employment*")
                    .kind(IndustryProjector.HOUSEHOLD_EMPLOYMENT, "HouseholdEmploymentChanged")
                    .kind(IndustryProjector.TRAINING, "Training*")
                    .kind(IndustryProjector.JOB_FAIR, "JobFair*"),
                    new IndustryProjector(), "industry.v1"),
            new Producer(EventKinds.from("governance-service")
                    .kind(GovernanceProjector.PARTY_BRANCH, "PartyBranch*", "Branch*", "PartyGroupFormed")
                    .kind(GovernanceProjector.FACILITY, "Facility*")
                    .kind(GovernanceProjector.REQUEST, "Request*")
                    .kind(GovernanceProjector.SITE_STANDARD, "SiteStandardAssessed")
                    .kind(GovernanceProjector.ACTIVITY, "ActivityHeld")
                    .kind(GovernanceProjector.AWARD, "AwardGranted"),
                    new GovernanceProjector(), "governance.v1"));

    private CountedEvents() {
    }

    /** How the gateway counts {@code event}, or empty when it does not. */
    static Optional<Counted> of(EventEnvelope event) {
        for (Producer producer : PRODUCERS) {
            Optional<String> kind = producer.kinds().of(event);
            if (kind.isPresent()) {
                return Optional.of(new Counted(kind.get(), producer.projector(), producer.topic()));
            }
        }
        return Optional.empty();
    }
}
