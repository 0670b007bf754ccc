package org.castpb.workers.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import org.castpb.api.workers.Training;
import org.castpb.api.workers.TrainingDraft;

/** One training a worker took. */
@Entity
@Table(name = "WORKER_TRAINING")
public class TrainingEntity {

    @Id
    @TableGenerator(name = "training_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "WORKER_TRAINING", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "training_seq")
    @Column(name = "ID")
    long id;
    @Column(name = "WORKER_ID", nullable = false)
    long workerId;
    @Column(name = "COURSE", nullable = false)
    String course;
    @Column(name = "HOURS", nullable = false)
    BigDecimal hours;
    @Column(name = "TRAINED_ON", nullable = false)
    LocalDate trainedOn;

    protected TrainingEntity() {
    }

    TrainingEntity(long workerId, TrainingDraft d) {
        this.workerId = workerId;
        this.course = d.course();
        this.hours = d.hours();
        this.trainedOn = d.trainedOn();
    }

    Training toDto() {
        return new Training(id, workerId, course, hours.setScale(1), trainedOn);
    }
}
