package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.anju.governance.domain.FacilityType;
import org.anju.governance.domain.SiteStandard;
import org.anju.governance.event.SiteStandardAssessed;
import org.anju.governance.event.SiteStandardSnapshot;
import org.anju.governance.repository.SiteStandardRepository;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Each site's 五化五通八有 checklist: assessed by officers, amenities also kept by open facilities. */
@ApplicationScoped
public class SiteStandardService {

    private final SiteStandardRepository standards;
    private final SiteCounties siteCounties;
    private final Outbox outbox;
    private final Clock clock;

    SiteStandardService(SiteStandardRepository standards, SiteCounties siteCounties, Outbox outbox, Clock clock) {
        this.standards = standards;
        this.siteCounties = siteCounties;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public SiteStandardSnapshot assess(UUID siteId, String ifMatch, Commands.AssessSiteStandard command) {
        SiteStandard standard = lockOrStart(siteId, command.county());
        ETags.requireMatch(ifMatch, standard.version());
        standard.assess(command.county(), command.items().stream()
                .map(i -> new SiteStandard.ItemUpdate(i.item(), i.met(), i.evidenceOn())).toList(), clock.instant());
        standards.persist(standard);
        return recorded(standard);
    }

    /** Runs in the caller's transaction, after a facility of the site opened or closed. */
    @Transactional(Transactional.TxType.MANDATORY)
    void reflectOpenFacilities(UUID siteId, String county, Set<FacilityType> openTypes, LocalDate on) {
        SiteStandard standard = lockOrStart(siteId, county);
        if (standard.reflectOpenFacilities(county, openTypes, on, clock.instant())) {
            standards.persist(standard);
            recorded(standard);
        }
    }

    @Transactional
    public SiteStandardSnapshot get(UUID siteId) {
        return snapshot(standards.findByIdOptional(siteId)
                .orElseThrow(() -> new NotFoundException("Site " + siteId + " has not been assessed against the standard")));
    }

    /** The site's row is locked first, so two first assessments of a site cannot both create its standard. */
    private SiteStandard lockOrStart(UUID siteId, String county) {
        siteCounties.require(siteId, county);
        return standards.findForUpdate(siteId).orElseGet(() -> SiteStandard.unassessed(siteId, county));
    }

    private SiteStandardSnapshot recorded(SiteStandard standard) {
        SiteStandardSnapshot snapshot = snapshot(standard);
        outbox.record(new SiteStandardAssessed(snapshot));
        return snapshot;
    }

    private static SiteStandardSnapshot snapshot(SiteStandard standard) {
        return new SiteStandardSnapshot(standard.siteId(), standard.version(), standard.county(), standard.assessedAt(),
                standard.metCount(), SiteStandard.ITEM_COUNT, standard.compliant(),
                standard.items().stream().map(i -> new SiteStandardSnapshot.Item(i.item().name(),
                        i.item().group().name(), i.met(), i.evidenceOn(),
                        i.source() == null ? null : i.source().name())).toList());
    }
}
