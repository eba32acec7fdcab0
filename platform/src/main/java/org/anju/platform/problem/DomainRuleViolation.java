package org.anju.platform.problem;

/**
 * A command broke a rule of the domain (e.g. moving in before housing was allocated). Thrown by
 * domain objects and services; answered as a 409 problem that names the rule.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String rule;

    /**
     * @param rule    a stable, kebab-case id clients can act on, e.g. {@code move-in-requires-housing}
     * @param message what happened, in words a person can act on
     */
    public DomainRuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
