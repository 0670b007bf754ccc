package org.castpb.workers.internal;

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
import javax.persistence.Version;
import org.castpb.api.workers.JobChange;
import org.castpb.api.workers.JobChangeKind;

/** A job change of a full-time worker and, once filed, its report. */
@Entity
@Table(name = "WORKER_JOB_CHANGE")
public class JobChangeEntity {

    @Id
    @TableGenerator(name = "job_change_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "WORKER_JOB_CHANGE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "job_change_seq")
    @Column(name = "ID")
    long id;
    @Column(name = "WORKER_ID", nullable = false)
    long workerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "CHANGE_KIND", nullable = false)
    JobChangeKind kind;
    @Column(name = "CHANGED_ON", nullable = false)
    LocalDate changedOn;
    @Column(name = "BEFORE_VALUE")
    String before;
    @Column(name = "AFTER_VALUE")
    String after;
    @Column(name = "FILED_ON")
    LocalDate filedOn;
    @Column(name = "FILED_BY")
    String filedBy;
    @Column(name = "REPORT")
    String report;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    protected JobChangeEntity() {
    }

    JobChangeEntity(long workerId, WorkerRules.Change c) {
        this.workerId = workerId;
        this.kind = c.kind();
        this.changedOn = c.on();
        this.before = c.before();
        this.after = c.after();
    }

    /** As the API shows it: due {@code reportDays} after the change, overdue when still pending after that. */
    JobChange toDto(WorkerEntity worker, int reportDays, LocalDate today) {
        LocalDate due = changedOn.plusDays(reportDays);
        return new JobChange(id, workerId, worker.societyId, worker.name, kind, changedOn, before, after, due, filedOn, filedBy, report,
                filedOn == null && today.isAfter(due), filedOn != null && filedOn.isAfter(due));
    }
}
