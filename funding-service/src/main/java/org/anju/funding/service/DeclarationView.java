package org.anju.funding.service;

import org.anju.funding.domain.Declaration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** A declaration: a total and amounts per source received in a period (dates inclusive, each optional). */
public record DeclarationView(String name, String description, BigDecimal total, Map<String, BigDecimal> sources,
                              LocalDate periodFrom, LocalDate periodTo, long version) {

    static DeclarationView of(Declaration declaration) {
        return new DeclarationView(declaration.name(), declaration.description(), declaration.total(),
                new TreeMap<>(declaration.sources()), declaration.periodFrom(), declaration.periodTo(), declaration.version());
    }
}
