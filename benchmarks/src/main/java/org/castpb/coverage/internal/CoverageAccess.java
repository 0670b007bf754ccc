package org.castpb.coverage.internal;

import java.util.List;
import javax.sql.DataSource;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.CoverageService;

/**
 * Sits in the coverage bundle's package to reach the non-OSGi constructors its own tests use: the service on a
 * plain DataSource with a given scope and no targets, so the benchmark runs the shipped SQL unchanged.
 */
public final class CoverageAccess {

    private CoverageAccess() {
    }

    public static CoverageService service(DataSource dataSource, CoverageScope scope) {
        return new SqlCoverageService(new CoverageQueries(dataSource, scope), List.of());
    }
}
