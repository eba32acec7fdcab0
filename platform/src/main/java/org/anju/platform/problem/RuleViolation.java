package org.anju.platform.problem;

import org.anju.platform.i18n.Message;

/**
 * One broken domain rule, as a policy reports it: the rule's stable id, the input it concerns
 * (a JSON path such as {@code members[1].idNumber}, or null for the whole record) and what is
 * wrong. A policy returns every violation it finds; a single command answers the first as a 409
 * ({@link #toException()}), an import reports them all as row errors.
 */
public record RuleViolation(String rule, String field, Message message) {

    /** The finding explained by the bundles' {@code rule.<rule-id>} with {@code args}. */
    public static RuleViolation of(String rule, String field, Object... args) {
        return new RuleViolation(rule, field, Message.of("rule." + rule, args));
    }

    public DomainRuleViolation toException() {
        return new DomainRuleViolation(rule, message);
    }
}
