package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.anju.governance.domain.Activity;
import org.anju.governance.domain.ActivityKind;
import org.anju.governance.event.ActivityHeld;
import org.anju.governance.event.ActivitySnapshot;
import org.anju.governance.repository.ActivityRepository;
import org.anju.governance.repository.Where;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.rest.Page;

import java.util.UUID;

/** Community activities held at sites: trainings, meetings, evaluations. */
@ApplicationScoped
public class ActivityService {

    private final ActivityRepository activities;
    private final SiteCounties siteCounties;
    private final Outbox outbox;

    ActivityService(ActivityRepository activities, SiteCounties siteCounties, Outbox outbox) {
        this.activities = activities;
        this.siteCounties = siteCounties;
        this.outbox = outbox;
    }

    @Transactional
    public ActivitySnapshot record(Commands.RecordActivity command) {
        siteCounties.require(command.siteId(), command.county());
        Activity activity = Activity.held(command.county(), command.siteId(), command.kind(), command.title(),
                command.heldOn(), command.sessions(), command.participants());
        activities.persist(activity);
        ActivitySnapshot snapshot = snapshot(activity);
        outbox.record(new ActivityHeld(snapshot));
        return snapshot;
    }

    @Transactional
    public ActivitySnapshot get(UUID id) {
        return snapshot(activities.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No activity " + id)));
    }

    @Transactional
    public Page<ActivitySnapshot> list(String county, UUID siteId, ActivityKind kind, String cursor, int limit) {
        Where where = Where.all()
                .and("county = :county", "county", county)
                .and("siteId = :site", "site", siteId)
                .and("kind = :kind", "kind", kind)
                .after(Keyset.after(cursor));
        return Keyset.page(activities.list(where, limit + 1), limit, Activity::id, ActivityService::snapshot);
    }

    private static ActivitySnapshot snapshot(Activity activity) {
        return new ActivitySnapshot(activity.id(), activity.version(), activity.county(), activity.siteId(),
                activity.kind().name(), activity.title(), activity.heldOn(), activity.sessions(),
                activity.participants());
    }
}
