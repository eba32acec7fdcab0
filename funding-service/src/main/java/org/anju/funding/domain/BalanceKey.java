package org.anju.funding.domain;

/**
 * Names one balance: an {@link Account} of one source, held by the city ({@link #CITY}) or a
 * county, and for {@link Account#SPENT} one purpose.
 */
public record BalanceKey(Account account, String source, String holder, Purpose purpose) implements Comparable<BalanceKey> {

    /** Jinzhong city's own administrative code, the holder of the city's accounts. */
    public static final String CITY = "140700";

    public static BalanceKey city(Account account, String source) {
        return new BalanceKey(account, source, CITY, null);
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

    public String describe() {
        String owner = account.isCity() ? "the city's" : "county " + holder + "'s";
        return owner + " " + account + " " + source + " balance" + (purpose == null ? "" : " for " + purpose);
    }

    @Override
    public int compareTo(BalanceKey other) {
        return id().compareTo(other.id());
    }
}
