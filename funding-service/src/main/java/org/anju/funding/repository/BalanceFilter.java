package org.anju.funding.repository;

import org.anju.funding.domain.Account;
import org.anju.funding.domain.Purpose;

/** Which balances a query wants; every part is optional (null = any). */
public record BalanceFilter(Account account, String source, String holder, Purpose purpose) {

    /** The filter's clauses on fields of {@code alias} (e.g. {@code "b."}, or {@code ""} for a single entity). */
    Where where(String alias) {
        return new Where()
                .and(alias + "account = :account", "account", account)
                .and(alias + "source = :source", "source", source)
                .and(alias + "holder = :holder", "holder", holder)
                .and(alias + "purpose = :purpose", "purpose", purpose);
    }
}
