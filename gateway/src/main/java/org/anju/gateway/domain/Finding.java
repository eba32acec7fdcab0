package org.anju.gateway.domain;

import org.anju.platform.i18n.Message;

/** One data-quality finding: which rule, where, and what does not add up, with the arithmetic. */
public record Finding(FindingRule rule, String indicatorId, String scope, Message message) {

    /** The rule's stable id, e.g. {@code parts-do-not-add-up}. */
    public String ruleId() {
        return rule.id();
    }
}
