package org.anju.funding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.funding.domain.FundSource;

@ApplicationScoped
public class FundSourceRepository implements PanacheRepositoryBase<FundSource, String> {
}
