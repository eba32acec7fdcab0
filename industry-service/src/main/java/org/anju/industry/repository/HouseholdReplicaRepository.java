package org.anju.industry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.industry.domain.HouseholdReplica;

import java.util.UUID;

@ApplicationScoped
public class HouseholdReplicaRepository implements PanacheRepositoryBase<HouseholdReplica, UUID> {
}
