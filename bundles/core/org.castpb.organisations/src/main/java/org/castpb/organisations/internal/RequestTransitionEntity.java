package org.castpb.organisations.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import org.castpb.api.organisation.RequestAction;
import org.castpb.api.organisation.RequestState;
import org.castpb.api.organisation.RequestTransition;

/** One recorded step of a request; steps are only ever added. */
@Entity
@Table(name = "PORG_REQUEST_TRANSITION")
public class RequestTransitionEntity {

    @Id
    @TableGenerator(name = "porg_rt_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "PORG_REQUEST_TRANSITION", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "porg_rt_seq")
    @Column(name = "ID")
    private long id;

    @Column(name = "REQUEST_ID", nullable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION_KIND", nullable = false)
    private RequestAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATE")
    private RequestState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATE", nullable = false)
    private RequestState toState;

    @Column(name = "ACTOR", nullable = false)
    private String actor;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;

    @Column(name = "REMARK")
    private String remark;

    protected RequestTransitionEntity() {
    }

    RequestTransitionEntity(long requestId, RequestAction action, RequestState from, RequestState to, String actor, Instant at, String remark) {
        this.requestId = requestId;
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.actor = actor;
        this.occurredAt = at;
        this.remark = remark;
    }

    RequestTransition toDto() {
        return new RequestTransition(action, fromState, toState, actor, occurredAt, remark);
    }
}
