package org.castpb.members.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import org.castpb.api.members.Transfer;
import org.castpb.api.members.TransferStatus;

/** A transfer of a member's organisational relationship, out of or into an organisation of castpb. */
@Entity
@Table(name = "MEMBER_TRANSFER")
public class TransferEntity {

    @Id
    @TableGenerator(name = "member_transfer_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "MEMBER_TRANSFER", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "member_transfer_seq")
    @Column(name = "ID")
    private long id;
    @Column(name = "MEMBER_ID", nullable = false)
    private long memberId;
    @Column(name = "FROM_ORGANISATION_ID")
    private Long fromOrganisationId;
    @Column(name = "FROM_UNIT")
    private String fromUnit;
    @Column(name = "TO_ORGANISATION_ID")
    private Long toOrganisationId;
    @Column(name = "TO_UNIT")
    private String toUnit;
    @Column(name = "REQUESTED_ON", nullable = false)
    private LocalDate requestedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "TRANSFER_STATUS", nullable = false)
    private TransferStatus status;
    @Column(name = "CONFIRMED_ON")
    private LocalDate confirmedOn;
    @Column(name = "NOTE")
    private String note;
    @Column(name = "REQUESTED_BY", nullable = false)
    private String requestedBy;
    @Column(name = "CONFIRMED_BY")
    private String confirmedBy;
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected TransferEntity() {
    }

    /** The columns {@link #of} reads, in its order, of the table aliased T. */
    static final String COLUMNS = "T.ID, T.MEMBER_ID, T.FROM_ORGANISATION_ID, T.FROM_UNIT, T.TO_ORGANISATION_ID, T.TO_UNIT, T.REQUESTED_ON,"
            + " T.TRANSFER_STATUS, T.CONFIRMED_ON, T.NOTE, T.REQUESTED_BY, T.CONFIRMED_BY, T.VERSION";
    static final int COLUMN_COUNT = 13;

    /** A transfer read as a row of {@link #COLUMNS} (JDBC values), for lists that only show it: not managed by JPA. */
    static TransferEntity of(Object[] row) {
        TransferEntity t = new TransferEntity();
        t.id = ((Number) row[0]).longValue();
        t.memberId = ((Number) row[1]).longValue();
        t.fromOrganisationId = row[2] == null ? null : ((Number) row[2]).longValue();
        t.fromUnit = (String) row[3];
        t.toOrganisationId = row[4] == null ? null : ((Number) row[4]).longValue();
        t.toUnit = (String) row[5];
        t.requestedOn = localDate(row[6]);
        t.status = TransferStatus.valueOf((String) row[7]);
        t.confirmedOn = localDate(row[8]);
        t.note = (String) row[9];
        t.requestedBy = (String) row[10];
        t.confirmedBy = (String) row[11];
        t.version = ((Number) row[12]).longValue();
        return t;
    }

    private static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    TransferEntity(long memberId, Long fromOrganisationId, String fromUnit, Long toOrganisationId, String toUnit, LocalDate requestedOn,
                   String note, String requestedBy) {
        this.memberId = memberId;
        this.fromOrganisationId = fromOrganisationId;
        this.fromUnit = fromUnit;
        this.toOrganisationId = toOrganisationId;
        this.toUnit = toUnit;
        this.requestedOn = requestedOn;
        this.note = note;
        this.requestedBy = requestedBy;
        this.status = TransferStatus.PENDING;
    }

    void confirm(LocalDate on, String by) {
        this.status = TransferStatus.CONFIRMED;
        this.confirmedOn = on;
        this.confirmedBy = by;
    }

    /** Withdrawn on {@code on} by {@code by}: kept, as CANCELLED, with who ended it and when. */
    void cancel(LocalDate on, String by) {
        this.status = TransferStatus.CANCELLED;
        this.confirmedOn = on;
        this.confirmedBy = by;
    }

    /** The transfer as of {@code today}: how long it waited (or has been waiting) and whether it is overdue. */
    Transfer toDto(String memberName, LocalDate today, int overdueDays) {
        LocalDate until = status == TransferStatus.PENDING ? today : confirmedOn == null ? requestedOn : confirmedOn;
        long days = Math.max(0, ChronoUnit.DAYS.between(requestedOn, until));
        return new Transfer(id, memberId, memberName, fromOrganisationId, fromUnit, toOrganisationId, toUnit, requestedOn, status,
                confirmedOn, days, status == TransferStatus.PENDING && days > overdueDays, requestedBy, confirmedBy);
    }

    long getId() {
        return id;
    }

    long getMemberId() {
        return memberId;
    }

    Long getFromOrganisationId() {
        return fromOrganisationId;
    }

    Long getToOrganisationId() {
        return toOrganisationId;
    }

    LocalDate getRequestedOn() {
        return requestedOn;
    }

    TransferStatus getStatus() {
        return status;
    }
}
