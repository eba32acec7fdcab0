package org.anju.industry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.industry.domain.Workshop;

import java.util.UUID;

@ApplicationScoped
public class WorkshopRepository implements PanacheRepositoryBase<Workshop, UUID> {
}
