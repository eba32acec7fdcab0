package org.anju.households.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;


/** The province's relocation quota (搬迁任务) for one county and plan period; the city's task is their sum. */
@Entity
@Table(name = "relocation_tasks")
public class RelocationTask extends CountyAggregate {

    private String period;

    @Column(name = "planned_people")
    private int plannedPeople;

    @Column(name = "planned_households")
    private Integer plannedHouseholds;

    protected RelocationTask() {
    }

    private RelocationTask(String county) {
        super(county);
    }

    public static RelocationTask set(String county, String period, int plannedPeople, Integer plannedHouseholds) {
        RelocationTask task = new RelocationTask(county);
        task.period = period;
        task.plannedPeople = plannedPeople;
        task.plannedHouseholds = plannedHouseholds;
        return task;
    }

    /** Changes the quota; returns false (and stays at its version) when nothing changed. */
    public boolean change(int plannedPeople, Integer plannedHouseholds) {
        if (this.plannedPeople == plannedPeople && java.util.Objects.equals(this.plannedHouseholds, plannedHouseholds)) {
            return false;
        }
        this.plannedPeople = plannedPeople;
        this.plannedHouseholds = plannedHouseholds;
        changed();
        return true;
    }

    public String period() {
        return period;
    }

    public int plannedPeople() {
        return plannedPeople;
    }

    public Integer plannedHouseholds() {
        return plannedHouseholds;
    }
}
