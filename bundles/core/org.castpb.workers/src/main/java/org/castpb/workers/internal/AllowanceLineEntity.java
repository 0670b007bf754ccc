package org.castpb.workers.internal;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import org.castpb.api.workers.AllowanceLine;
import org.castpb.api.workers.WorkerGrade;

/** One worker's allowance of a run. */
@Entity
@Table(name = "WORKER_ALLOWANCE")
public class AllowanceLineEntity {

    @Id
    @TableGenerator(name = "allowance_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "WORKER_ALLOWANCE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "allowance_seq")
    @Column(name = "ID")
    long id;
    @Column(name = "RUN_ID", nullable = false)
    long runId;
    @Column(name = "WORKER_ID", nullable = false)
    long workerId;
    @Column(name = "SOCIETY_ID", nullable = false)
    long societyId;
    @Column(name = "WORKER_NAME", nullable = false)
    String workerName;
    @Enumerated(EnumType.STRING)
    @Column(name = "GRADE", nullable = false)
    WorkerGrade grade;
    @Column(name = "AMOUNT", nullable = false)
    BigDecimal amount;
    @Column(name = "EXPLANATION", nullable = false)
    String explanation;

    protected AllowanceLineEntity() {
    }

    AllowanceLineEntity(long runId, AllowanceLine l) {
        this.runId = runId;
        this.workerId = l.workerId();
        this.societyId = l.societyId();
        this.workerName = l.workerName();
        this.grade = l.grade();
        this.amount = l.amount();
        this.explanation = l.explanation();
    }

    AllowanceLine toDto() {
        return new AllowanceLine(workerId, societyId, workerName, grade, amount.setScale(2), explanation);
    }
}
