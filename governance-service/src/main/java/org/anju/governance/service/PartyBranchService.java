package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.anju.governance.domain.PartyBranch;
import org.anju.governance.event.BranchOfficerAppointed;
import org.anju.governance.event.BranchOfficerRelieved;
import org.anju.governance.event.BranchRuleAdopted;
import org.anju.governance.event.BranchSnapshot;
import org.anju.governance.event.PartyBranchFounded;
import org.anju.governance.event.PartyGroupFormed;
import org.anju.governance.repository.PartyBranchRepository;
import org.anju.platform.events.SnapshotEvent;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.Disclosure;
import org.anju.platform.security.PersonalData;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Joint Party branches: founding, officers, Party groups and rules. Officers' names are personal data. */
@ApplicationScoped
public class PartyBranchService {

    private static final String KIND = "Party branch";

    private final PartyBranchRepository branches;
    private final Aggregates aggregates;
    private final PersonalData personalData;
    private final Outbox outbox;

    PartyBranchService(PartyBranchRepository branches, Aggregates aggregates, PersonalData personalData, Outbox outbox) {
        this.branches = branches;
        this.aggregates = aggregates;
        this.personalData = personalData;
        this.outbox = outbox;
    }

    @Transactional
    public BranchView found(FoundBranch command) {
        aggregates.requireNew(command.county(), command.siteIds());
        PartyBranch branch = PartyBranch.found(command.county().code(), command.name(), command.managementMode(),
                command.siteIds(), command.foundedOn(), command.secretary().officerId(), command.secretary().name());
        branches.persist(branch);
        return recorded(branch, PartyBranchFounded::new);
    }

    @Transactional
    public BranchView appoint(UUID id, String ifMatch, AppointOfficer command) {
        PartyBranch branch = aggregates.lockForCommand(branches, KIND, id, ifMatch);
        branch.appoint(command.officerId(), command.name(), command.role(), command.appointedOn());
        return recorded(branch, BranchOfficerAppointed::new);
    }

    @Transactional
    public BranchView relieve(UUID id, String ifMatch, String officerId, RelieveOfficer command) {
        PartyBranch branch = aggregates.lockForCommand(branches, KIND, id, ifMatch);
        branch.relieve(officerId, command.endedOn());
        return recorded(branch, BranchOfficerRelieved::new);
    }

    @Transactional
    public BranchView formGroup(UUID id, String ifMatch, FormGroup command) {
        PartyBranch branch = aggregates.lockForCommand(branches, KIND, id, ifMatch);
        branch.formGroup(command.name(), command.memberCount(), command.formedOn());
        return recorded(branch, PartyGroupFormed::new);
    }

    @Transactional
    public BranchView adoptRule(UUID id, String ifMatch, AdoptRule command) {
        PartyBranch branch = aggregates.lockForCommand(branches, KIND, id, ifMatch);
        branch.adoptRule(command.kind(), command.title(), command.documentRef(), command.adoptedOn());
        return recorded(branch, BranchRuleAdopted::new);
    }

    @Transactional
    public BranchView get(UUID id) {
        return view(aggregates.read(branches, KIND, id));
    }

    /** Every officer term of the branch, oldest first, or only those in post ({@code current}); one page holds them all. */
    @Transactional
    public Page<BranchView.Officer> officers(UUID id, boolean current) {
        return whole(get(id).officers().stream().filter(officer -> !current || officer.endedOn() == null).toList());
    }

    /** The branch's Party groups; one page holds them all. */
    @Transactional
    public Page<BranchView.Group> groups(UUID id) {
        return whole(get(id).groups());
    }

    /** The rule documents the branch adopted, superseded ones included; one page holds them all. */
    @Transactional
    public Page<BranchView.Rule> rules(UUID id) {
        return whole(get(id).rules());
    }

    @Transactional
    public Page<BranchView> list(CountyCode county, UUID siteId, String cursor, int limit) {
        Disclosure disclosure = Disclosure.of(personalData);
        return aggregates.<PartyBranch>list(county)
                .where(":site member of siteIds", "site", siteId)
                .after(cursor)
                .page(branches, limit)
                .map(branch -> GovernanceViews.branch(branch, disclosure));
    }

    /** A branch's officers, groups and rules are few: one page holds them all. */
    private static <T> Page<T> whole(List<T> items) {
        return new Page<>(items, null);
    }

    /** Records the change as {@code event} (with the branch's snapshot) and shows the branch as changed. */
    private BranchView recorded(PartyBranch branch, Function<BranchSnapshot, SnapshotEvent> event) {
        outbox.record(event.apply(snapshot(branch)));
        return view(branch);
    }

    private BranchView view(PartyBranch branch) {
        return GovernanceViews.branch(branch, Disclosure.of(personalData));
    }

    private static BranchSnapshot snapshot(PartyBranch branch) {
        return new BranchSnapshot(branch.id(), branch.version(), branch.county(), branch.name(),
                branch.managementMode().name(), branch.foundedOn(), branch.siteIds(),
                branch.officers().stream().map(o -> new BranchSnapshot.Officer(o.officerId(), o.role().name(),
                        o.appointedOn(), o.endedOn())).toList(),
                branch.groups().stream().map(g -> new BranchSnapshot.Group(g.id(), g.name(), g.memberCount(),
                        g.formedOn())).toList(),
                branch.groups().size(), branch.groupMemberCount(),
                branch.rules().stream().map(r -> new BranchSnapshot.Rule(r.id(), r.kind().name(), r.title(),
                        r.adoptedOn(), r.supersededOn())).toList());
    }
}
