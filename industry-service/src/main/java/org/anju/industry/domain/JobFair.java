package org.anju.industry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.programme.CountyCode;

import java.time.LocalDate;
import java.util.UUID;

/** A job fair (招聘会) held in a county: employers present, people registered, people hired. */
@Entity
@Table(name = "job_fair")
public class JobFair {

    @Id
    private UUID id;
    private long version;
    private LocalDate heldOn;
    private String county;
    private int employers;
    private int registrations;
    private int hires;

    protected JobFair() {
    }

    public JobFair(UUID id, LocalDate heldOn, CountyCode county, int employers, int registrations, int hires) {
        this.id = id;
        this.version = 1;
        this.county = county.code();
        describe(heldOn, employers, registrations, hires);
    }

    /** Corrects the figures (hires are often reported after the fair). */
    public void correct(LocalDate heldOn, CountyCode county, int employers, int registrations, int hires) {
        FixedCounty.require(this.county, county);
        describe(heldOn, employers, registrations, hires);
        version++;
    }

    private void describe(LocalDate heldOn, int employers, int registrations, int hires) {
        if (hires > registrations) {
            throw new DomainRuleViolation("hires-within-registrations",
                    hires + " hires exceeds the " + registrations + " registrations");
        }
        this.heldOn = heldOn;
        this.employers = employers;
        this.registrations = registrations;
        this.hires = hires;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String county() {
        return county;
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
