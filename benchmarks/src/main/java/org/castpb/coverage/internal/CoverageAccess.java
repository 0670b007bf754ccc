package org.castpb.coverage.internal;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.Scope;
import org.castpb.api.coverage.CoverageReport;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.CoverageService;
import org.castpb.api.coverage.GroupBy;

/**
 * Sits in the coverage bundle's package to reach the non-OSGi constructors its own tests use: the service on a
 * plain DataSource with a given scope and no targets, so the benchmark runs the shipped SQL unchanged. Its reports
 * are counted on every call, not taken from the figures the service keeps between changes ({@link CoverageCells}):
 * this benchmark times the count.
 */
public final class CoverageAccess {

    private CoverageAccess() {
    }

    public static CoverageService service(DataSource dataSource, CoverageScope scope) {
        CoverageQueries queries = new CoverageQueries(dataSource, scope);
        return new SqlCoverageService(queries, List.of()) {
            @Override
            public CoverageReport report(Actor actor, LocalDate asOf, GroupBy groupBy) {
                return queries.report(Scope.of(actor), asOf, groupBy);
            }
        };
    }
}
