package org.anju.funding.service;

import jakarta.validation.constraints.NotNull;
import org.anju.funding.domain.Declaration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** A declaration: a total and amounts per source received in a period (dates inclusive, each optional). */
public record DeclarationView(@NotNull String name,
                              @Schema(required = true, nullable = true) String description,
                              @NotNull BigDecimal total,
                              @Schema(required = true, implementation = AmountSchemas.BySource.class) Map<String, BigDecimal> sources,
                              @Schema(required = true, nullable = true) LocalDate periodFrom,
                              @Schema(required = true, nullable = true) LocalDate periodTo,
                              @NotNull long version) {

    static DeclarationView of(Declaration declaration) {
        return new DeclarationView(declaration.name(), declaration.description(), declaration.total(),
                new TreeMap<>(declaration.sources()), declaration.periodFrom(), declaration.periodTo(), declaration.version());
    }
}
