package org.anju.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A rule document a branch adopted; adopting a new one of the same kind supersedes it, keeping history. */
@Entity
@Table(name = "branch_rule")
public class BranchRule {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private RuleKind kind;
    private String title;
    /** Where the document is kept (a URL or an archive reference). */
    @Column(name = "document_ref")
    private String documentRef;
    @Column(name = "adopted_on")
    private LocalDate adoptedOn;
    @Column(name = "superseded_on")
    private LocalDate supersededOn;

    protected BranchRule() {
    }

    BranchRule(RuleKind kind, String title, String documentRef, LocalDate adoptedOn) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.title = title;
        this.documentRef = documentRef;
        this.adoptedOn = adoptedOn;
    }

    boolean inForce() {
        return supersededOn == null;
    }

    void supersede(LocalDate on) {
        supersededOn = on;
    }

    public UUID id() { return id; }
    public RuleKind kind() { return kind; }
    public String title() { return title; }
    public String documentRef() { return documentRef; }
    public LocalDate adoptedOn() { return adoptedOn; }
    public LocalDate supersededOn() { return supersededOn; }
}
