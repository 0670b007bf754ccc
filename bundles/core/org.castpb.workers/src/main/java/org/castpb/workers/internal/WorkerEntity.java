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
import org.castpb.api.workers.Worker;
import org.castpb.api.workers.WorkerDraft;
import org.castpb.api.workers.WorkerKind;

/** A party affairs worker on a society's roster. */
@Entity
@Table(name = "WORKER")
public class WorkerEntity {

    @Id
    @TableGenerator(name = "worker_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "WORKER", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "worker_seq")
    @Column(name = "ID")
    long id;
    @Column(name = "SOCIETY_ID", nullable = false)
    long societyId;
    @Column(name = "NAME", nullable = false)
    String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "WORKER_KIND", nullable = false)
    WorkerKind kind;
    @Column(name = "POSITION", nullable = false)
    String position;
    @Column(name = "START_DATE", nullable = false)
    LocalDate startDate;
    @Column(name = "END_DATE")
    LocalDate endDate;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    protected WorkerEntity() {
    }

    WorkerEntity(WorkerDraft d) {
        this.societyId = d.societyId();
        apply(d);
    }

    void apply(WorkerDraft d) {
        this.name = d.name();
        this.kind = d.kind();
        this.position = d.position();
        this.startDate = d.startDate();
        this.endDate = d.endDate();
    }

    WorkerDraft toDraft() {
        return new WorkerDraft(societyId, name, kind, position, startDate, endDate);
    }

    Worker toDto() {
        return new Worker(id, societyId, name, kind, position, startDate, endDate, version);
    }
}
