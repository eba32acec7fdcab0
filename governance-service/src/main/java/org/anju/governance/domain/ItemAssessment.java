package org.anju.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** One item of a site's standard: met or not, as of the evidence date, and on whose account. */
@Embeddable
public class ItemAssessment {

    @Enumerated(EnumType.STRING)
    private StandardItem item;
    private boolean met;
    @Column(name = "evidence_on")
    private LocalDate evidenceOn;
    @Enumerated(EnumType.STRING)
    private EvidenceSource source;

    protected ItemAssessment() {
    }

    ItemAssessment(StandardItem item) {
        this.item = item;
    }

    void set(boolean met, LocalDate evidenceOn, EvidenceSource source) {
        this.met = met;
        this.evidenceOn = evidenceOn;
        this.source = source;
    }

    public StandardItem item() { return item; }
    public boolean met() { return met; }
    public LocalDate evidenceOn() { return evidenceOn; }
    public EvidenceSource source() { return source; }
}
