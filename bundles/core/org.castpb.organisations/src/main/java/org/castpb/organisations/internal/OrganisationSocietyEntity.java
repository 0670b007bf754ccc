package org.castpb.organisations.internal;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** One society covered by one organisation from one day to another (both included; open while it lasts). */
@Entity
@Table(name = "PORG_ORGANISATION_SOCIETY")
public class OrganisationSocietyEntity {

    @Id
    @TableGenerator(name = "porg_os_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "PORG_ORGANISATION_SOCIETY", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "porg_os_seq")
    @Column(name = "ID")
    private long id;

    @Column(name = "ORGANISATION_ID", nullable = false)
    private long organisationId;

    @Column(name = "SOCIETY_ID", nullable = false)
    private long societyId;

    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate fromDate;

    @Column(name = "TO_DATE")
    private LocalDate toDate;

    protected OrganisationSocietyEntity() {
    }

    OrganisationSocietyEntity(long organisationId, long societyId, LocalDate fromDate) {
        this.organisationId = organisationId;
        this.societyId = societyId;
        this.fromDate = fromDate;
    }

    long getSocietyId() {
        return societyId;
    }

    LocalDate getFromDate() {
        return fromDate;
    }

    void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }
}
