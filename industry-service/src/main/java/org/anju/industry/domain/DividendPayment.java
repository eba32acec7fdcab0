package org.anju.industry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anju.platform.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One payout of a project's dividend to a beneficiary household (e.g. Zuoquan's PV station payouts). */
@Entity
@Table(name = "dividend_payment")
public class DividendPayment {

    @Id
    private UUID id;
    private UUID beneficiaryId;
    private LocalDate paidOn;
    private BigDecimal amount;

    protected DividendPayment() {
    }

    public DividendPayment(UUID id, Beneficiary beneficiary, LocalDate paidOn, BigDecimal amount) {
        this.id = id;
        this.beneficiaryId = beneficiary.id();
        this.paidOn = paidOn;
        this.amount = Money.positive(amount);
    }
}
