package org.anju.governance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.governance.domain.SiteStandard;

/** Site standards by site id (a site's checklist is the aggregate). */
@ApplicationScoped
public class SiteStandardRepository implements AggregateRepository<SiteStandard> {
}
