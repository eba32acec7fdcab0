package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.anju.governance.domain.FacilityType;
import org.anju.governance.domain.SiteStandard;
import org.anju.governance.event.SiteStandardAssessed;
import org.anju.governance.event.SiteStandardSnapshot;
import org.anju.governance.repository.SiteStandardRepository;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.security.CountyScope;
import org.anju.platform.time.ProgrammeClock;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Each site's 五化五通八有 checklist: assessed by officers, amenities also kept by open facilities. */
@ApplicationScoped
public class SiteStandardService {

    private final SiteStandardRepository standards;
    private final SiteCounties siteCounties;
    private final Aggregates aggregates;
    private final CountyScope countyScope;
    private final Outbox outbox;
    private final ProgrammeClock clock;

    SiteStandardService(SiteStandardRepository standards, SiteCounties siteCounties, Aggregates aggregates,
                        CountyScope countyScope, Outbox outbox, ProgrammeClock clock) {
        this.standards = standards;
        this.siteCounties = siteCounties;
        this.aggregates = aggregates;
        this.countyScope = countyScope;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public SiteStandardView assess(UUID siteId, String ifMatch, AssessSiteStandard command) {
        countyScope.requireWrite(command.county());
        SiteStandard standard = lockOrStart(siteId, command.county().code());
        ETags.requireMatch(ifMatch, standard.version());
        standard.assess(command.county().code(), command.items().stream()
                .map(i -> new SiteStandard.ItemUpdate(i.item(), i.met(), i.evidenceOn())).toList(), clock.now());
        standards.persist(standard);
        recorded(standard);
        return GovernanceViews.standard(standard);
    }

    /** Runs in the caller's transaction, after a facility of the site opened or closed. */
    @Transactional(Transactional.TxType.MANDATORY)
    void reflectOpenFacilities(UUID siteId, String county, Set<FacilityType> openTypes, LocalDate on) {
        SiteStandard standard = lockOrStart(siteId, county);
        if (standard.reflectOpenFacilities(county, openTypes, on, clock.now())) {
            standards.persist(standard);
            recorded(standard);
        }
    }

    @Transactional
    public SiteStandardView get(UUID siteId) {
        return GovernanceViews.standard(aggregates.read(standards, "Standard of site", siteId));
    }

    /** The site's row is locked first, so two first assessments of a site cannot both create its standard. */
    private SiteStandard lockOrStart(UUID siteId, String county) {
        siteCounties.require(siteId, county);
        return standards.findForUpdate(siteId).orElseGet(() -> SiteStandard.unassessed(siteId, county));
    }

    private void recorded(SiteStandard standard) {
        outbox.record(new SiteStandardAssessed(snapshot(standard)));
    }

    private static SiteStandardSnapshot snapshot(SiteStandard standard) {
        return new SiteStandardSnapshot(standard.siteId(), standard.version(), standard.county(), standard.assessedAt(),
                standard.metCount(), SiteStandard.ITEM_COUNT, standard.compliant(),
                standard.items().stream().map(i -> new SiteStandardSnapshot.Item(i.item().name(),
                        i.item().group().name(), i.met(), i.evidenceOn(),
                        i.source() == null ? null : i.source().name())).toList());
    }
}
