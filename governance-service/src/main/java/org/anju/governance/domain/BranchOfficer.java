package org.anju.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** One term of an officer in a branch post; a term that has ended stays as history. */
@Entity
@Table(name = "branch_officer")
public class BranchOfficer {

    @Id
    private UUID id;
    /** The officer's opaque staff id: what events carry. */
    @Column(name = "officer_id")
    private String officerId;
    /** Personal data: shown to authorised callers, never put into events. */
    private String name;
    @Enumerated(EnumType.STRING)
    private BranchRole role;
    @Column(name = "appointed_on")
    private LocalDate appointedOn;
    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected BranchOfficer() {
    }

    BranchOfficer(String officerId, String name, BranchRole role, LocalDate appointedOn) {
        this.id = UUID.randomUUID();
        this.officerId = officerId;
        this.name = name;
        this.role = role;
        this.appointedOn = appointedOn;
    }

    boolean active() {
        return endedOn == null;
    }

    void end(LocalDate on) {
        endedOn = on;
    }

    public UUID id() { return id; }
    public String officerId() { return officerId; }
    public String name() { return name; }
    public BranchRole role() { return role; }
    public LocalDate appointedOn() { return appointedOn; }
    public LocalDate endedOn() { return endedOn; }
}
