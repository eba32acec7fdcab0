package org.anju.funding.domain;

import org.anju.platform.i18n.Message;
import org.anju.platform.programme.AdministrativeDivisions;

/**
 * Names one balance: an {@link Account} of one source, held by the city (by the programme's city
 * code, {@link AdministrativeDivisions#city()}) or a county, and for {@link Account#SPENT} one purpose.
 */
public record BalanceKey(Account account, String source, String holder, Purpose purpose) implements Comparable<BalanceKey> {

    /** One of the city's accounts, held by the programme's city (e.g. {@code 140700}, Jinzhong). */
    public static BalanceKey city(Account account, String source) {
        return new BalanceKey(account, source, AdministrativeDivisions.programme().city(), null);
    }

    public static BalanceKey county(Account account, String source, String county) {
        return new BalanceKey(account, source, county, null);
    }

    public static BalanceKey spent(String source, String county, Purpose purpose) {
        return new BalanceKey(Account.SPENT, source, county, purpose);
    }

    /** The balance's id, also the aggregate id in events: {@code AVAILABLE/CENTRAL_BUDGET/140721}. */
    public String id() {
        return account + "/" + source + "/" + holder + (purpose == null ? "" : "/" + purpose);
    }

    /** The county code, or null for the city's accounts. */
    public String county() {
        return account.isCity() ? null : holder;
    }

    /** "the city's UNDISBURSED CENTRAL_BUDGET balance", "county 140721's SPENT CENTRAL_BUDGET balance for HOUSING_SUBSIDY". */
    public Message describe() {
        if (account.isCity()) {
            return Message.of("balance.city", account.named(), source);
        }
        return purpose == null
                ? Message.of("balance.county", holder, account.named(), source)
                : Message.of("balance.county-purpose", holder, account.named(), source, purpose.named());
    }

    @Override
    public int compareTo(BalanceKey other) {
        return id().compareTo(other.id());
    }
}
