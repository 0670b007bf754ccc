package org.castpb.workers.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import org.castpb.api.workers.Assessment;
import org.castpb.api.workers.WorkerGrade;

/** A worker's grade for one year. */
@Entity
@Table(name = "WORKER_ASSESSMENT")
public class AssessmentEntity {

    @Id
    @TableGenerator(name = "assessment_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "WORKER_ASSESSMENT", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "assessment_seq")
    @Column(name = "ID")
    long id;
    @Column(name = "WORKER_ID", nullable = false)
    long workerId;
    @Column(name = "ASSESSED_YEAR", nullable = false)
    int year;
    @Enumerated(EnumType.STRING)
    @Column(name = "GRADE", nullable = false)
    WorkerGrade grade;
    @Column(name = "NOTE")
    String note;
    @Column(name = "ASSESSED_BY", nullable = false)
    String assessedBy;

    protected AssessmentEntity() {
    }

    AssessmentEntity(long workerId, int year) {
        this.workerId = workerId;
        this.year = year;
    }

    Assessment toDto(WorkerEntity worker) {
        return new Assessment(workerId, worker.societyId, worker.name, worker.kind, year, grade, note, assessedBy);
    }
}
