package org.anju.funding.service;

import jakarta.validation.constraints.NotNull;
import org.anju.funding.domain.FundSource;

/** A fund source, e.g. {@code CENTRAL_BUDGET}, 中央预算内投资. */
public record SourceView(@NotNull String code, @NotNull String nameZh, @NotNull String nameEn) {

    static SourceView of(FundSource source) {
        return new SourceView(source.code(), source.nameZh(), source.nameEn());
    }
}
