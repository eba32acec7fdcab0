package org.anju.governance.service;

import org.anju.governance.event.RequestSnapshot;

/**
 * A resident's request as the API shows it: the snapshot events carry, the texts that stay in the
 * service, and whether its pending step is overdue right now.
 */
public record RequestView(RequestSnapshot request, String summary, String resolution, String rectification,
                          String pendingStep, boolean overdue) {

    /** For callers who may not see personal data: the resident's and officers' words are left out. */
    public RequestView withoutPersonalData() {
        return new RequestView(request, null, null, null, pendingStep, overdue);
    }
}
