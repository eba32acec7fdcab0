package org.anju.funding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.funding.domain.Declaration;

@ApplicationScoped
public class DeclarationRepository implements PanacheRepositoryBase<Declaration, String> {
}
