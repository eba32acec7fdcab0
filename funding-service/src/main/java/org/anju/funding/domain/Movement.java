package org.anju.funding.domain;

import java.math.BigDecimal;

/** What an entry does to one balance. */
public record Movement(BalanceKey balance, BigDecimal delta) {

    public Movement inverse() {
        return new Movement(balance, delta.negate());
    }
}
