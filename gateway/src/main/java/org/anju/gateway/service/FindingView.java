package org.anju.gateway.service;

import org.anju.gateway.domain.Finding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One data-quality finding: which rule, where, and what does not add up, with the arithmetic.
 *
 * @param origin {@code RECORDS} when the records themselves disagree, {@code CLAIMS} when declared figures do
 */
@Schema(name = "Finding")
public record FindingView(String rule, String severity, String origin, String indicatorId, String scope, String message) {

    static FindingView of(Finding finding) {
        return new FindingView(finding.rule(), finding.severity(), finding.origin(), finding.indicatorId(), finding.scope(),
                finding.message());
    }
}
