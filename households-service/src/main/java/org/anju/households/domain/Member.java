package org.anju.households.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A member of a household. Birth date and sex come from the ID number, never from input. */
@Entity
@Table(name = "household_members")
public class Member {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    private Household household;

    private int position;

    private String name;

    @Column(name = "id_number")
    private String idNumber;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    private Relation relation;

    @Column(name = "labour_capacity")
    private boolean labourCapacity;

    private String phone;

    protected Member() {
    }

    /** A member as registered; its details met {@link HouseholdRegistrationPolicy} (a valid ID number among them). */
    Member(MemberDetails details) {
        this.id = UUID.randomUUID();
        this.name = details.name();
        this.idNumber = details.idNumber();
        this.birthDate = IdNumber.birthDateOf(idNumber);
        this.sex = IdNumber.sexOf(idNumber);
        this.relation = details.relation();
        this.labourCapacity = details.labourCapacity();
        this.phone = details.phone();
    }

    void joinAt(Household household, int position) {
        this.household = household;
        this.position = position;
    }

    public String name() {
        return name;
    }

    public String idNumber() {
        return idNumber;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public Relation relation() {
        return relation;
    }

    public boolean labourCapacity() {
        return labourCapacity;
    }

    public String phone() {
        return phone;
    }
}
