package org.castpb.workers.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
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
import org.castpb.api.workers.AllowanceRun;

/** One allocation of a year's allowance budget. */
@Entity
@Table(name = "WORKER_ALLOWANCE_RUN")
public class AllowanceRunEntity {

    @Id
    @TableGenerator(name = "allowance_run_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "WORKER_ALLOWANCE_RUN", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "allowance_run_seq")
    @Column(name = "ID")
    long id;
    @Column(name = "RUN_YEAR", nullable = false)
    int year;
    @Column(name = "SCHEME_ID", nullable = false)
    String schemeId;
    @Column(name = "SCHEME_NAME", nullable = false)
    String schemeName;
    @Column(name = "BUDGET", nullable = false)
    BigDecimal budget;
    @Column(name = "TOTAL", nullable = false)
    BigDecimal total;
    @Column(name = "RUN_AT", nullable = false)
    Instant at;
    @Column(name = "RUN_BY", nullable = false)
    String by;

    protected AllowanceRunEntity() {
    }

    AllowanceRunEntity(int year, String schemeId, String schemeName, BigDecimal budget, BigDecimal total, Instant at, String by) {
        this.year = year;
        this.schemeId = schemeId;
        this.schemeName = schemeName;
        this.budget = budget;
        this.total = total;
        this.at = at;
        this.by = by;
    }

    AllowanceRun toDto(List<AllowanceLine> lines) {
        return new AllowanceRun(id, year, schemeId, schemeName, budget.setScale(2), total.setScale(2), at, by, lines);
    }
}
