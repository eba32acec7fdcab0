package org.anju.platform.problem;

import org.anju.platform.i18n.Message;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A command broke a domain rule: answered with 409 and the rule's stable id in {@code rule}, e.g.
 * {@code throw DomainRuleViolation.of("housing-requires-completed-site", siteName)}, explained by
 * the message bundles' {@code rule.housing-requires-completed-site} in the caller's language.
 * Clients may branch on the rule id, so never rename one.
 */
public class DomainRuleViolation extends ProblemException {

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String rule;

    /** A rule broken, explained in English only; prefer {@link #of}, whose message is also shown in Chinese. */
    public DomainRuleViolation(String rule, String message) {
        super(ProblemType.DOMAIN_RULE, message);
        this.rule = checked(rule);
    }

    public DomainRuleViolation(String rule, Message message) {
        super(ProblemType.DOMAIN_RULE, message);
        this.rule = checked(rule);
    }

    /** The rule broken, explained by the bundles' {@code rule.<rule-id>} with {@code args}. */
    public static DomainRuleViolation of(String rule, Object... args) {
        return new DomainRuleViolation(rule, Message.of("rule." + rule, args));
    }

    private static String checked(String rule) {
        if (!RULE_ID.matcher(rule).matches()) {
            throw new IllegalArgumentException("a rule id is kebab-case, e.g. housing-requires-completed-site: " + rule);
        }
        return rule;
    }

    public String rule() {
        return rule;
    }

    @Override
    public Problem toProblem(String instance, Locale locale) {
        return super.toProblem(instance, locale).withRule(rule);
    }
}
