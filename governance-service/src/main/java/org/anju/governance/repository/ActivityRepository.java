package org.anju.governance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.governance.domain.Activity;

@ApplicationScoped
public class ActivityRepository implements AggregateRepository<Activity> {
}
