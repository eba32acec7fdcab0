package org.anju.governance.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Flags requests whose pending step passed its deadline. Every replica runs it; the per-request
 * row lock and the step's overdue timestamp keep RequestBecameOverdue to one per request and step.
 */
@ApplicationScoped
public class OverdueRequestScheduler {

    private static final Logger LOG = Logger.getLogger(OverdueRequestScheduler.class);

    private final ResidentRequestService requests;

    OverdueRequestScheduler(ResidentRequestService requests) {
        this.requests = requests;
    }

    @Scheduled(identity = "overdue-requests", every = "${anju.requests.overdue-check.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        flagOverdueRequests();
    }

    /** Returns how many steps this run flagged. */
    public int flagOverdueRequests() {
        int flagged = 0;
        for (UUID id : requests.overdueUnflagged()) {
            if (requests.flagOverdue(id).isPresent()) {
                flagged++;
            }
        }
        if (flagged > 0) {
            LOG.infof("Flagged %d overdue request step(s)", flagged);
        }
        return flagged;
    }
}
