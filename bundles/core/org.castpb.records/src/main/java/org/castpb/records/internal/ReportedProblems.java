package org.castpb.records.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.castpb.api.ImportError;

/**
 * The problems of an import as its report shows them: every one is counted (in all and per code), only the first
 * {@code limit} are kept, so a file of a million bad rows neither fills the memory nor answers with a body of a
 * hundred megabytes. As a list it holds the kept ones; it is empty only when nothing was found.
 */
final class ReportedProblems extends AbstractList<ImportError> {

    private final int limit;
    private final List<ImportError> kept = new ArrayList<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private int count;

    ReportedProblems(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("maxReportedErrors must be at least 1, not " + limit);
        }
        this.limit = limit;
    }

    @Override
    public boolean add(ImportError problem) {
        count++;
        counts.merge(problem.code(), 1, Integer::sum);
        if (kept.size() < limit) {
            kept.add(problem);
        }
        return true;
    }

    @Override
    public ImportError get(int index) {
        return kept.get(index);
    }

    @Override
    public ImportError set(int index, ImportError problem) {
        return kept.set(index, problem);
    }

    @Override
    public int size() {
        return kept.size();
    }

    /** All problems found, kept or not. */
    int count() {
        return count;
    }

    /** All problems found per code. */
    Map<String, Integer> counts() {
        return counts;
    }
}
