package org.anju.industry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anju.platform.problem.DomainRuleViolation;

import java.time.LocalDate;
import java.util.UUID;

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

    public JobFair(UUID id, LocalDate heldOn, String county, int employers, int registrations, int hires) {
        if (hires > registrations) {
            throw new DomainRuleViolation("hires-within-registrations",
                    hires + " hires exceeds the " + registrations + " registrations");
        }
        this.id = id;
        this.version = 1;
        this.heldOn = heldOn;
        this.county = county;
        this.employers = employers;
        this.registrations = registrations;
        this.hires = hires;
    }

    public JobFairSnapshot snapshot() {
        return new JobFairSnapshot(id, version, heldOn, county, employers, registrations, hires);
    }
}
