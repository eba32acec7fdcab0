package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
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
import org.anju.governance.repository.Where;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.rest.Page;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Residents' requests under the "four firsts"; {@code officer} is the acting officer's id (the token subject). */
@ApplicationScoped
public class ResidentRequestService {

    /** How many overdue requests one scheduler run flags at most; the next run takes the rest. */
    static final int OVERDUE_BATCH = 500;

    private final ResidentRequestRepository requests;
    private final SiteCounties siteCounties;
    private final Outbox outbox;
    private final SlaPolicy sla;
    private final Clock clock;

    ResidentRequestService(ResidentRequestRepository requests, SiteCounties siteCounties, Outbox outbox,
                           SlaPolicy sla, Clock clock) {
        this.requests = requests;
        this.siteCounties = siteCounties;
        this.outbox = outbox;
        this.sla = sla;
        this.clock = clock;
    }

    public record Filter(String county, UUID siteId, RequestStatus status, RequestCategory category, Boolean overdue) {
    }

    @Transactional
    public RequestView submit(Commands.SubmitRequest command, String officer) {
        siteCounties.require(command.siteId(), command.county());
        ResidentRequest request = ResidentRequest.submit(command.county(), command.siteId(), command.householdId(),
                command.category(), command.channel(), command.summary(), officer, command.receivedAt(), clock.instant(), sla);
        requests.persist(request);
        outbox.record(new RequestSubmitted(snapshot(request)));
        return view(request);
    }

    @Transactional
    public RequestView accept(UUID id, String ifMatch, String officer) {
        ResidentRequest request = lock(id, ifMatch);
        request.accept(officer, clock.instant(), sla);
        outbox.record(new RequestAccepted(snapshot(request)));
        return view(request);
    }

    @Transactional
    public RequestView resolve(UUID id, String ifMatch, Commands.ResolveRequest command, String officer) {
        ResidentRequest request = lock(id, ifMatch);
        request.resolve(officer, command.resolution(), command.rectificationRequired(), clock.instant(), sla);
        outbox.record(new RequestResolved(snapshot(request)));
        return view(request);
    }

    @Transactional
    public RequestView reply(UUID id, String ifMatch, String officer) {
        ResidentRequest request = lock(id, ifMatch);
        request.reply(officer, clock.instant());
        outbox.record(new RequestReplied(snapshot(request)));
        return view(request);
    }

    @Transactional
    public RequestView rectify(UUID id, String ifMatch, Commands.RectifyRequest command, String officer) {
        ResidentRequest request = lock(id, ifMatch);
        request.rectify(officer, command.rectification(), clock.instant());
        outbox.record(new RequestRectified(snapshot(request)));
        return view(request);
    }

    @Transactional
    public RequestView get(UUID id) {
        return view(requests.findByIdOptional(id).orElseThrow(() -> notFound(id)));
    }

    @Transactional
    public String county(UUID id) {
        return requests.findByIdOptional(id).orElseThrow(() -> notFound(id)).county();
    }

    @Transactional
    public Page<RequestView> list(Filter filter, String cursor, int limit) {
        Where where = Where.all()
                .and("county = :county", "county", filter.county())
                .and("siteId = :site", "site", filter.siteId())
                .and("status = :status", "status", filter.status())
                .and("category = :category", "category", filter.category())
                .after(Keyset.after(cursor));
        if (filter.overdue() != null) {
            ResidentRequestRepository.overdue(where, filter.overdue(), clock.instant());
        }
        return Keyset.page(requests.list(where, limit + 1), limit, ResidentRequest::id, this::view);
    }

    /** Requests whose pending step is past its deadline and not flagged yet. */
    @Transactional
    List<UUID> overdueUnflagged() {
        return requests.overdueUnflagged(clock.instant(), OVERDUE_BATCH);
    }

    /**
     * Flags the request's pending step overdue and records RequestBecameOverdue, unless it is not
     * overdue or already flagged. The row lock makes replicas that race here take turns, and the
     * second one finds the flag set: one event per request and step.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<RequestStep> flagOverdue(UUID id) {
        ResidentRequest request = lock(id, null);
        Optional<RequestStep> flagged = request.flagOverdue(clock.instant());
        flagged.ifPresent(step -> outbox.record(new RequestBecameOverdue(snapshot(request))));
        return flagged;
    }

    /** Loads the aggregate locked for the command and checks the client's If-Match against its version. */
    private ResidentRequest lock(UUID id, String ifMatch) {
        ResidentRequest locked = requests.findForUpdate(id).orElseThrow(() -> notFound(id));
        ETags.requireMatch(ifMatch, locked.version());
        return locked;
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No request " + id);
    }

    private RequestView view(ResidentRequest request) {
        Instant now = clock.instant();
        return new RequestView(snapshot(request), request.summary(), request.resolution(), request.rectification(),
                request.pendingStep().map(Enum::name).orElse(null), request.isOverdue(now));
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
