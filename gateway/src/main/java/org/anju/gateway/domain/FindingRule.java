package org.anju.gateway.domain;

import org.anju.platform.i18n.Message;

/**
 * The data-quality checks ({@link DataQualityRules}), each named by a stable id (the finding's
 * {@code rule}; README, "Rule ids") and explained by the message bundles: {@code finding.<id>.title}
 * says what the check finds, {@code finding.<id>} states one finding's arithmetic.
 */
public enum FindingRule {

    RATE_ABOVE_100("rate-above-100", Severity.ERROR, Origin.RECORDS),
    CLAIMED_RATE_MISMATCH("claimed-rate-mismatch", Severity.ERROR, Origin.CLAIMS),
    CLAIMED_ABOVE_BASE("claimed-above-base", Severity.ERROR, Origin.CLAIMS),
    IMPLIED_BASE_EXCEEDS_POPULATION("implied-base-exceeds-population", Severity.ERROR, Origin.CLAIMS),
    CLAIM_DIFFERS_FROM_RECORDS("claim-differs-from-records", Severity.WARNING, Origin.CLAIMS),
    PARTS_DO_NOT_ADD_UP("parts-do-not-add-up", Severity.ERROR, Origin.CLAIMS),
    CATEGORY_MOVED_IN_EXCEEDS_POPULATION("category-moved-in-exceeds-population", Severity.ERROR, Origin.CLAIMS);

    public enum Severity { ERROR, WARNING }

    /** {@code RECORDS} when the records themselves disagree, {@code CLAIMS} when declared figures do. */
    public enum Origin { RECORDS, CLAIMS }

    private final String id;
    private final Severity severity;
    private final Origin origin;

    FindingRule(String id, Severity severity, Origin origin) {
        this.id = id;
        this.severity = severity;
        this.origin = origin;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public Origin origin() {
        return origin;
    }

    /** What this check finds, in a few words. */
    public Message title() {
        return Message.of("finding." + id + ".title");
    }

    /** A finding of this check on one indicator and scope, explained by {@code finding.<id>} with {@code args}. */
    Finding finding(String indicatorId, String scope, Object... args) {
        return new Finding(this, indicatorId, scope, Message.of("finding." + id, args));
    }
}
