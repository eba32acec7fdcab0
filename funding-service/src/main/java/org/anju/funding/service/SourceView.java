package org.anju.funding.service;

import org.anju.funding.domain.FundSource;

/** A fund source, e.g. {@code CENTRAL_BUDGET}, 中央预算内投资. */
public record SourceView(String code, String nameZh, String nameEn) {

    static SourceView of(FundSource source) {
        return new SourceView(source.code(), source.nameZh(), source.nameEn());
    }
}
