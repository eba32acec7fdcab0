package org.anju.funding.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.anju.funding.repository.FundSourceRepository;

import java.util.List;

@ApplicationScoped
public class SourceService {

    private final FundSourceRepository sources;

    public SourceService(FundSourceRepository sources) {
        this.sources = sources;
    }

    @Transactional
    public List<SourceView> list() {
        return sources.findAll(Sort.by("code")).stream().map(SourceView::of).toList();
    }
}
