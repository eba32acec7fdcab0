package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.anju.governance.domain.RequestCategory;
import org.anju.governance.domain.RequestStatus;
import org.anju.governance.domain.RequestStep;
import org.anju.governance.domain.ResidentRequest;
import org.anju.governance.domain.SlaPolicy;
import org.anju.governance.event.RequestAccepted;
import org.anju.governance.event.RequestBecameOverdue;
import org.anju.governance.event.RequestRectified;
import org.anju.governance.event.RequestReplied;
import org.anju.governance.event.RequestResolved;
import org.anju.governance.event.RequestSnapshot;
import org.anju.governance.event.RequestSubmitted;
import org.anju.governance.repository.ResidentRequestRepository;
import org.anju.platform.events.SnapshotEvent;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.Disclosure;
import org.anju.platform.security.PersonalData;
import org.anju.platform.time.ProgrammeClock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Residents' requests under the "four firsts"; {@code officer} is the acting officer's id (the token
 * subject). The resident's and officers' words (summary, resolution, rectification) are personal data.
 */
@ApplicationScoped
public class ResidentRequestService {

    /** How many overdue requests one scheduler run flags at most; the next run takes the rest. */
    static final int OVERDUE_BATCH = 500;
    private static final String KIND = "Request";

    private final ResidentRequestRepository requests;
    private final Aggregates aggregates;
    private final PersonalData personalData;
    private final Outbox outbox;
    private final SlaPolicy sla;
    private final ProgrammeClock clock;

    ResidentRequestService(ResidentRequestRepository requests, Aggregates aggregates, PersonalData personalData,
                           Outbox outbox, SlaPolicy sla, ProgrammeClock clock) {
        this.requests = requests;
        this.aggregates = aggregates;
        this.personalData = personalData;
        this.outbox = outbox;
        this.sla = sla;
        this.clock = clock;
    }

    @Transactional
    public RequestView submit(SubmitRequest command, String officer) {
        aggregates.requireNew(command.county(), List.of(command.siteId()));
        ResidentRequest request = ResidentRequest.submit(command.county().code(), command.siteId(), command.householdId(),
                command.category(), command.channel(), command.summary(), officer, command.receivedAt(), clock.now(), sla);
        requests.persist(request);
        return recorded(request, RequestSubmitted::new);
    }

    @Transactional
    public RequestView accept(UUID id, String ifMatch, String officer) {
        ResidentRequest request = aggregates.lockForCommand(requests, KIND, id, ifMatch);
        request.accept(officer, clock.now(), sla);
        return recorded(request, RequestAccepted::new);
    }

    @Transactional
    public RequestView resolve(UUID id, String ifMatch, ResolveRequest command, String officer) {
        ResidentRequest request = aggregates.lockForCommand(requests, KIND, id, ifMatch);
        request.resolve(officer, command.resolution(), command.rectificationRequired(), clock.now(), sla);
        return recorded(request, RequestResolved::new);
    }

    @Transactional
    public RequestView reply(UUID id, String ifMatch, String officer) {
        ResidentRequest request = aggregates.lockForCommand(requests, KIND, id, ifMatch);
        request.reply(officer, clock.now());
        return recorded(request, RequestReplied::new);
    }

    @Transactional
    public RequestView rectify(UUID id, String ifMatch, RectifyRequest command, String officer) {
        ResidentRequest request = aggregates.lockForCommand(requests, KIND, id, ifMatch);
        request.rectify(officer, command.rectification(), clock.now());
        return recorded(request, RequestRectified::new);
    }

    @Transactional
    public RequestView get(UUID id) {
        return view(aggregates.read(requests, KIND, id));
    }

    /** @param overdue true: only requests whose pending step is past its deadline now; false: only the others */
    @Transactional
    public Page<RequestView> list(CountyCode county, UUID siteId, RequestStatus status, RequestCategory category,
                                  Boolean overdue, String cursor, int limit) {
        Instant now = clock.now();
        Disclosure disclosure = Disclosure.of(personalData);
        ListQuery<ResidentRequest> query = aggregates.<ResidentRequest>list(county)
                .where("siteId", siteId)
                .where("status", status)
                .where("category", category);
        return ResidentRequestRepository.overdue(query, overdue, now)
                .after(cursor)
                .page(requests, limit)
                .map(request -> GovernanceViews.request(request, now, disclosure));
    }

    /** Requests whose pending step is past its deadline and not flagged yet. */
    @Transactional
    List<UUID> overdueUnflagged() {
        return requests.overdueUnflagged(clock.now(), OVERDUE_BATCH);
    }

    /**
     * Flags the request's pending step overdue and records RequestBecameOverdue, unless it is not
     * overdue or already flagged. The row lock makes replicas that race here take turns, and the
     * second one finds the flag set: one event per request and step. Runs for the scheduler, not
     * for a caller: no county scope.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<RequestStep> flagOverdue(UUID id) {
        ResidentRequest request = requests.findForUpdate(id).orElseThrow(() -> new ResourceNotFound(KIND, id));
        Optional<RequestStep> flagged = request.flagOverdue(clock.now());
        flagged.ifPresent(step -> outbox.record(new RequestBecameOverdue(snapshot(request))));
        return flagged;
    }

    /** Records the change as {@code event} (with the request's snapshot) and shows the request as changed. */
    private RequestView recorded(ResidentRequest request, Function<RequestSnapshot, SnapshotEvent> event) {
        outbox.record(event.apply(snapshot(request)));
        return view(request);
    }

    private RequestView view(ResidentRequest request) {
        return GovernanceViews.request(request, clock.now(), Disclosure.of(personalData));
    }

    private static RequestSnapshot snapshot(ResidentRequest r) {
        return new RequestSnapshot(r.id(), r.version(), r.county(), r.siteId(), r.householdId(), r.category().name(),
                r.channel().name(), r.status().name(),
                r.submittedAt(), r.submittedBy(),
                r.dueAt(RequestStep.ACCEPT), r.acceptedAt(), r.acceptedBy(), r.onTime(RequestStep.ACCEPT),
                r.dueAt(RequestStep.RESOLVE), r.resolvedAt(), r.resolvedBy(), r.onTime(RequestStep.RESOLVE),
                r.rectificationRequired(),
                r.dueAt(RequestStep.REPLY), r.repliedAt(), r.repliedBy(), r.onTime(RequestStep.REPLY),
                r.rectifiedAt(), r.rectifiedBy(),
                r.overdueAt(RequestStep.ACCEPT), r.overdueAt(RequestStep.RESOLVE), r.overdueAt(RequestStep.REPLY));
    }
}
