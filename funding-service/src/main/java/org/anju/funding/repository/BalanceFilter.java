package org.anju.funding.repository;

import io.quarkus.panache.common.Parameters;
import org.anju.funding.domain.Account;
import org.anju.funding.domain.Purpose;

/** Which balances a query wants; every part is optional (null = any). */
public record BalanceFilter(Account account, String source, String holder, Purpose purpose) {

    /** The filter as a condition on the balance {@code b}: a part that is null matches every balance. */
    static final String MATCHES = "(:account is null or b.account = :account) and (:source is null or b.source = :source)"
            + " and (:holder is null or b.holder = :holder) and (:purpose is null or b.purpose = :purpose)";

    Parameters parameters() {
        return Parameters.with("account", account).and("source", source).and("holder", holder).and("purpose", purpose);
    }
}
