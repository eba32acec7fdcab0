package org.anju.platform.problem;

import java.util.regex.Pattern;

/**
 * A command broke a domain rule: answered with 409 and the rule's stable id in {@code rule}, e.g.
 * {@code throw new DomainRuleViolation("housing-requires-completed-site", "site 7 is still under construction")}.
 * Clients may branch on the rule id, so never rename one.
 */
public class DomainRuleViolation extends ProblemException {

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String rule;

    public DomainRuleViolation(String rule, String message) {
        super(ProblemType.DOMAIN_RULE, message);
        if (!RULE_ID.matcher(rule).matches()) {
            throw new IllegalArgumentException("a rule id is kebab-case, e.g. housing-requires-completed-site: " + rule);
        }
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    @Override
    public Problem toProblem(String instance) {
        return super.toProblem(instance).withRule(rule);
    }
}
