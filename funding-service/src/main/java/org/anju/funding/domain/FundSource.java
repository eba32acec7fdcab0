package org.anju.funding.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where money comes from (CENTRAL_BUDGET, ...); new sources are added by a migration. */
@Entity
@Table(name = "fund_source")
public class FundSource {

    @Id
    private String code;
    private String nameZh;
    private String nameEn;

    protected FundSource() {
        // for JPA
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
