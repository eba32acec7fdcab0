package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.anju.governance.domain.BranchOfficer;
import org.anju.governance.domain.PartyBranch;
import org.anju.governance.domain.PartyGroup;
import org.anju.governance.event.BranchOfficerAppointed;
import org.anju.governance.event.BranchOfficerRelieved;
import org.anju.governance.event.BranchRuleAdopted;
import org.anju.governance.event.BranchSnapshot;
import org.anju.governance.event.PartyBranchFounded;
import org.anju.governance.event.PartyGroupFormed;
import org.anju.governance.repository.PartyBranchRepository;
import org.anju.governance.repository.Where;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.rest.Page;

import java.util.UUID;

/** Joint Party branches: founding, officers, Party groups and rules. */
@ApplicationScoped
public class PartyBranchService {

    private final PartyBranchRepository branches;
    private final SiteCounties siteCounties;
    private final Outbox outbox;

    PartyBranchService(PartyBranchRepository branches, SiteCounties siteCounties, Outbox outbox) {
        this.branches = branches;
        this.siteCounties = siteCounties;
        this.outbox = outbox;
    }

    @Transactional
    public BranchView found(Commands.FoundBranch command) {
        command.siteIds().forEach(site -> siteCounties.require(site, command.county()));
        PartyBranch branch = PartyBranch.found(command.county(), command.name(), command.managementMode(),
                command.siteIds(), command.foundedOn(), command.secretary().officerId(), command.secretary().name());
        branches.persist(branch);
        outbox.record(new PartyBranchFounded(snapshot(branch)));
        return view(branch);
    }

    @Transactional
    public BranchView appoint(UUID id, String ifMatch, Commands.AppointOfficer command) {
        PartyBranch branch = lock(id, ifMatch);
        branch.appoint(command.officerId(), command.name(), command.role(), command.appointedOn());
        outbox.record(new BranchOfficerAppointed(snapshot(branch)));
        return view(branch);
    }

    @Transactional
    public BranchView relieve(UUID id, String ifMatch, String officerId, Commands.RelieveOfficer command) {
        PartyBranch branch = lock(id, ifMatch);
        branch.relieve(officerId, command.endedOn());
        outbox.record(new BranchOfficerRelieved(snapshot(branch)));
        return view(branch);
    }

    @Transactional
    public BranchView formGroup(UUID id, String ifMatch, Commands.FormGroup command) {
        PartyBranch branch = lock(id, ifMatch);
        branch.formGroup(command.name(), command.memberCount(), command.formedOn());
        outbox.record(new PartyGroupFormed(snapshot(branch)));
        return view(branch);
    }

    @Transactional
    public BranchView adoptRule(UUID id, String ifMatch, Commands.AdoptRule command) {
        PartyBranch branch = lock(id, ifMatch);
        branch.adoptRule(command.kind(), command.title(), command.documentRef(), command.adoptedOn());
        outbox.record(new BranchRuleAdopted(snapshot(branch)));
        return view(branch);
    }

    @Transactional
    public BranchView get(UUID id) {
        return view(branches.findByIdOptional(id).orElseThrow(() -> notFound(id)));
    }

    /** The branch's county, for the caller's county scope; it never changes. */
    @Transactional
    public String county(UUID id) {
        return branches.findByIdOptional(id).orElseThrow(() -> notFound(id)).county();
    }

    @Transactional
    public Page<BranchView> list(String county, UUID siteId, String cursor, int limit) {
        Where where = Where.all()
                .and("county = :county", "county", county)
                .and(":site member of siteIds", "site", siteId)
                .after(Keyset.after(cursor));
        return Keyset.page(branches.list(where, limit + 1), limit, PartyBranch::id, PartyBranchService::view);
    }

    /** Loads the aggregate locked for the command and checks the client's If-Match against its version. */
    private PartyBranch lock(UUID id, String ifMatch) {
        PartyBranch locked = branches.findForUpdate(id).orElseThrow(() -> notFound(id));
        ETags.requireMatch(ifMatch, locked.version());
        return locked;
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No Party branch " + id);
    }

    private static BranchSnapshot snapshot(PartyBranch branch) {
        return new BranchSnapshot(branch.id(), branch.version(), branch.county(), branch.name(),
                branch.managementMode().name(), branch.foundedOn(), branch.siteIds(),
                branch.officers().stream().map(o -> new BranchSnapshot.Officer(o.officerId(), o.role().name(),
                        o.appointedOn(), o.endedOn())).toList(),
                branch.groups().stream().map(g -> new BranchSnapshot.Group(g.id(), g.name(), g.memberCount(),
                        g.formedOn())).toList(),
                branch.groups().size(), memberCount(branch),
                branch.rules().stream().map(r -> new BranchSnapshot.Rule(r.id(), r.kind().name(), r.title(),
                        r.adoptedOn(), r.supersededOn())).toList());
    }

    private static BranchView view(PartyBranch branch) {
        return new BranchView(branch.id(), branch.version(), branch.county(), branch.name(),
                branch.managementMode().name(), branch.foundedOn(), branch.siteIds(), officer(branch.secretary()),
                branch.officers().stream().map(PartyBranchService::officer).toList(),
                branch.groups().stream().map(g -> new BranchView.Group(g.id(), g.name(), g.memberCount(),
                        g.formedOn())).toList(),
                branch.groups().size(), memberCount(branch),
                branch.rules().stream().map(r -> new BranchView.Rule(r.id(), r.kind().name(), r.title(),
                        r.documentRef(), r.adoptedOn(), r.supersededOn())).toList());
    }

    private static BranchView.Officer officer(BranchOfficer officer) {
        return new BranchView.Officer(officer.officerId(), officer.name(), officer.role().name(),
                officer.appointedOn(), officer.endedOn());
    }

    private static int memberCount(PartyBranch branch) {
        return branch.groups().stream().mapToInt(PartyGroup::memberCount).sum();
    }
}
