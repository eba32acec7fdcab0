package org.anju.industry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.programme.CountyCode;

import java.time.LocalDate;
import java.util.UUID;

/** A job fair (招聘会) held in a county: employers present, people registered, people hired. */
@Entity
@Table(name = "job_fair")
public class JobFair extends CountyRecord {

    private LocalDate heldOn;
    private int employers;
    private int registrations;
    private int hires;

    protected JobFair() {
    }

    public JobFair(UUID id, LocalDate heldOn, CountyCode county, int employers, int registrations, int hires) {
        super(id, county);
        describe(heldOn, employers, registrations, hires);
    }

    /** Corrects the figures (hires are often reported after the fair). */
    public void correct(LocalDate heldOn, CountyCode county, int employers, int registrations, int hires) {
        correct(county, () -> describe(heldOn, employers, registrations, hires));
    }

    private void describe(LocalDate heldOn, int employers, int registrations, int hires) {
        if (hires > registrations) {
            throw DomainRuleViolation.of("hires-within-registrations", Integer.toString(hires), Integer.toString(registrations));
        }
        this.heldOn = heldOn;
        this.employers = employers;
        this.registrations = registrations;
        this.hires = hires;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public int employers() {
        return employers;
    }

    public int registrations() {
        return registrations;
    }

    public int hires() {
        return hires;
    }
}
