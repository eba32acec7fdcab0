package org.anju.industry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.programme.CountyCode;

import java.time.LocalDate;
import java.util.UUID;

/** A skills training course (技能培训) held in a county and how many of its trainees found work afterwards. */
@Entity
@Table(name = "training_course")
public class TrainingCourse extends CountyRecord {

    private String topic;
    private LocalDate heldFrom;
    private LocalDate heldTo;
    private int sessions;
    private int trainees;
    private int employedAfter;

    protected TrainingCourse() {
    }

    public TrainingCourse(UUID id, String topic, CountyCode county, LocalDate heldFrom, LocalDate heldTo, int sessions,
                          int trainees, int employedAfter) {
        super(id, county);
        describe(topic, heldFrom, heldTo, sessions, trainees, employedAfter);
    }

    /** Corrects the figures, e.g. trainees employed after the course, which are known only later. */
    public void correct(String topic, CountyCode county, LocalDate heldFrom, LocalDate heldTo, int sessions, int trainees,
                        int employedAfter) {
        correct(county, () -> describe(topic, heldFrom, heldTo, sessions, trainees, employedAfter));
    }

    private void describe(String topic, LocalDate heldFrom, LocalDate heldTo, int sessions, int trainees, int employedAfter) {
        if (heldTo != null && heldTo.isBefore(heldFrom)) {
            throw DomainRuleViolation.of("course-ends-after-start", heldTo.toString(), heldFrom.toString());
        }
        if (employedAfter > trainees) {
            throw DomainRuleViolation.of("employed-trainees-within-trainees", Integer.toString(employedAfter),
                    Integer.toString(trainees));
        }
        this.topic = topic;
        this.heldFrom = heldFrom;
        this.heldTo = heldTo;
        this.sessions = sessions;
        this.trainees = trainees;
        this.employedAfter = employedAfter;
    }

    public String topic() {
        return topic;
    }

    public LocalDate heldFrom() {
        return heldFrom;
    }

    public LocalDate heldTo() {
        return heldTo;
    }

    public int sessions() {
        return sessions;
    }

    public int trainees() {
        return trainees;
    }

    public int employedAfter() {
        return employedAfter;
    }
}
