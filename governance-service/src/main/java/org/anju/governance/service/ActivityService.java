package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.anju.governance.domain.Activity;
import org.anju.governance.domain.ActivityKind;
import org.anju.governance.event.ActivityHeld;
import org.anju.governance.event.ActivitySnapshot;
import org.anju.governance.repository.ActivityRepository;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;

import java.util.List;
import java.util.UUID;

/** Community activities held at sites: trainings, meetings, evaluations. */
@ApplicationScoped
public class ActivityService {

    private final ActivityRepository activities;
    private final Aggregates aggregates;
    private final Outbox outbox;

    ActivityService(ActivityRepository activities, Aggregates aggregates, Outbox outbox) {
        this.activities = activities;
        this.aggregates = aggregates;
        this.outbox = outbox;
    }

    @Transactional
    public ActivityView record(RecordActivity command) {
        aggregates.requireNew(command.county(), List.of(command.siteId()));
        Activity activity = Activity.held(command.county().code(), command.siteId(), command.kind(), command.title(),
                command.heldOn(), command.sessions(), command.participants());
        activities.persist(activity);
        outbox.record(new ActivityHeld(snapshot(activity)));
        return GovernanceViews.activity(activity);
    }

    @Transactional
    public ActivityView get(UUID id) {
        return GovernanceViews.activity(aggregates.read(activities, "Activity", id));
    }

    @Transactional
    public Page<ActivityView> list(CountyCode county, UUID siteId, ActivityKind kind, String cursor, int limit) {
        return aggregates.<Activity>list(county)
                .where("siteId", siteId)
                .where("kind", kind)
                .after(cursor)
                .page(activities, limit)
                .map(GovernanceViews::activity);
    }

    private static ActivitySnapshot snapshot(Activity activity) {
        return new ActivitySnapshot(activity.id(), activity.version(), activity.county(), activity.siteId(),
                activity.kind().name(), activity.title(), activity.heldOn(), activity.sessions(),
                activity.participants());
    }
}
