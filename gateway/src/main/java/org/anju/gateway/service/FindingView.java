package org.anju.gateway.service;

import org.anju.gateway.domain.Finding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Locale;

/**
 * One data-quality finding: which rule, where, and what does not add up, with the arithmetic.
 *
 * @param origin {@code RECORDS} when the records themselves disagree, {@code CLAIMS} when declared figures do
 */
@Schema(name = "Finding")
public record FindingView(String rule, String severity, String origin, String indicatorId, String scope,
                          @Schema(description = "what the rule finds, in the request's language (zh-CN or en)") String title,
                          @Schema(description = "the finding with its arithmetic, in the request's language (zh-CN or en)") String message) {

    static FindingView of(Finding finding, Locale locale) {
        return new FindingView(finding.ruleId(), finding.rule().severity().name(), finding.rule().origin().name(),
                finding.indicatorId(), finding.scope(), finding.rule().title().in(locale), finding.message().in(locale));
    }
}
