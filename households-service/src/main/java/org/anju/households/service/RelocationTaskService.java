package org.anju.households.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.anju.households.domain.RelocationTask;
import org.anju.households.event.RelocationTaskSet;
import org.anju.households.repository.RelocationTaskRepository;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;

/** Relocation tasks: one per county and plan period, set (created or changed) in one call. */
@ApplicationScoped
public class RelocationTaskService {

    private final RelocationTaskRepository tasks;
    private final Outbox outbox;
    private final CountyScope countyScope;

    public RelocationTaskService(RelocationTaskRepository tasks, Outbox outbox, CountyScope countyScope) {
        this.tasks = tasks;
        this.outbox = outbox;
        this.countyScope = countyScope;
    }

    /** The task after the call and whether it was created; setting the same quota again changes nothing. */
    public record Outcome(RelocationTaskView task, boolean created) {
    }

    @Transactional
    public Outcome set(CountyCode county, String period, String ifMatch, SetRelocationTask command) {
        countyScope.requireWrite(county);
        var existing = tasks.findForUpdate(county.code(), period);
        if (existing.isPresent()) {
            RelocationTask task = existing.get();
            ETags.requireMatch(ifMatch, task.version());
            if (task.change(command.plannedPeople(), command.plannedHouseholds())) {
                outbox.record(new RelocationTaskSet(Views.snapshot(task)));
            }
            return new Outcome(Views.task(task), false);
        }
        RelocationTask task = RelocationTask.set(county.code(), period, command.plannedPeople(), command.plannedHouseholds());
        UniqueIndexes.flush(() -> tasks.persistAndFlush(task),
                constraint -> DomainRuleViolation.of("relocation-task-per-county-and-period", county.code(), period));
        outbox.record(new RelocationTaskSet(Views.snapshot(task)));
        return new Outcome(Views.task(task), true);
    }

    @Transactional
    public Page<RelocationTaskView> list(CountyCode county, String period, String cursor, int limit) {
        return ListQuery.byId(RelocationTask::id)
                .where("county", countyScope.listCounty(county))
                .where("period", period)
                .after(cursor)
                .page(tasks, limit)
                .map(Views::task);
    }
}
