package org.anju.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A Party group (党小组) of a joint branch, with its number of members. */
@Entity
@Table(name = "party_group")
public class PartyGroup {

    @Id
    private UUID id;
    private String name;
    @Column(name = "member_count")
    private int memberCount;
    @Column(name = "formed_on")
    private LocalDate formedOn;

    protected PartyGroup() {
    }

    PartyGroup(String name, int memberCount, LocalDate formedOn) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.memberCount = memberCount;
        this.formedOn = formedOn;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public int memberCount() { return memberCount; }
    public LocalDate formedOn() { return formedOn; }
}
