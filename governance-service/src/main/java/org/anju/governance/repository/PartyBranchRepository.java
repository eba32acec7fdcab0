package org.anju.governance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.governance.domain.PartyBranch;

@ApplicationScoped
public class PartyBranchRepository implements AggregateRepository<PartyBranch> {
}
