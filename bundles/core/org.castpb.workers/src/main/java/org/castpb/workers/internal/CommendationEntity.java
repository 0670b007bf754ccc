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
import org.castpb.api.workers.Commendation;
import org.castpb.api.workers.CommendationDraft;

/** A commendation of a society, one of its organisations or one of its workers. */
@Entity
@Table(name = "WORKER_COMMENDATION")
public class CommendationEntity {

    @Id
    @TableGenerator(name = "commendation_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "WORKER_COMMENDATION", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "commendation_seq")
    @Column(name = "ID")
    long id;
    @Column(name = "SOCIETY_ID", nullable = false)
    long societyId;
    @Column(name = "WORKER_ID")
    Long workerId;
    @Column(name = "ORGANISATION_ID")
    Long organisationId;
    @Column(name = "TITLE", nullable = false)
    String title;
    @Column(name = "AWARDED_ON", nullable = false)
    LocalDate awardedOn;
    @Column(name = "AWARDED_BY", nullable = false)
    String awardedBy;

    protected CommendationEntity() {
    }

    CommendationEntity(CommendationDraft d) {
        this.societyId = d.societyId();
        this.workerId = d.workerId();
        this.organisationId = d.organisationId();
        this.title = d.title();
        this.awardedOn = d.awardedOn();
        this.awardedBy = d.awardedBy();
    }

    Commendation toDto() {
        return new Commendation(id, societyId, workerId, organisationId, title, awardedOn, awardedBy);
    }
}
