package org.anju.industry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anju.platform.problem.DomainRuleViolation;

import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "training_course")
public class TrainingCourse {

    @Id
    private UUID id;
    private long version;
    private String topic;
    private String county;
    private LocalDate heldFrom;
    private LocalDate heldTo;
    private int sessions;
    private int trainees;
    private int employedAfter;

    protected TrainingCourse() {
    }

    public TrainingCourse(UUID id, String topic, String county, LocalDate heldFrom, LocalDate heldTo, int sessions,
                          int trainees, int employedAfter) {
        this.id = id;
        this.version = 1;
        this.county = county;
        describe(topic, heldFrom, heldTo, sessions, trainees, employedAfter);
    }

    /** Corrects the figures, e.g. trainees employed after the course, which are known only later. */
    public void correct(String topic, String county, LocalDate heldFrom, LocalDate heldTo, int sessions, int trainees,
                        int employedAfter) {
        FixedCounty.require(this.county, county);
        describe(topic, heldFrom, heldTo, sessions, trainees, employedAfter);
        version++;
    }

    private void describe(String topic, LocalDate heldFrom, LocalDate heldTo, int sessions, int trainees, int employedAfter) {
        if (heldTo != null && heldTo.isBefore(heldFrom)) {
            throw new DomainRuleViolation("course-ends-after-start", "The course ends " + heldTo + " before it starts " + heldFrom);
        }
        if (employedAfter > trainees) {
            throw new DomainRuleViolation("employed-trainees-within-trainees",
                    employedAfter + " employed after training exceeds the " + trainees + " trainees");
        }
        this.topic = topic;
        this.heldFrom = heldFrom;
        this.heldTo = heldTo;
        this.sessions = sessions;
        this.trainees = trainees;
        this.employedAfter = employedAfter;
    }

    public TrainingCourseSnapshot snapshot() {
        return new TrainingCourseSnapshot(id, version, topic, county, heldFrom, heldTo, sessions, trainees, employedAfter);
    }

    public long version() {
        return version;
    }

    public String county() {
        return county;
    }
}
