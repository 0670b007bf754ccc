package org.castpb.schema.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class MigrationQueueTest {

    private final MigrationQueue<String> queue = new MigrationQueue<>(List.of("records", "organisations", "members", "coverage"));

    /** Runs whatever may run, as the extender does, each successfully unless named in {@code failing}. */
    private List<String> drain(String... failing) {
        List<String> ran = new ArrayList<>();
        for (String next = queue.next(); next != null; next = queue.next()) {
            ran.add(next + ":" + queue.changeLog(next));
            queue.ran(next, !List.of(failing).contains(next));
        }
        return ran;
    }

    @Test
    public void declaredContextsRunInTheDeclaredOrderWhateverOrderTheirBundlesArriveIn() {
        queue.arrive("coverage", "db/coverage.xml");
        queue.arrive("members", "db/members.xml");
        queue.arrive("organisations", "db/organisations.xml");
        assertEquals(List.of(), drain());
        queue.arrive("records", "db/changelog.xml");
        assertEquals(List.of("records:db/changelog.xml", "organisations:db/organisations.xml", "members:db/members.xml",
                "coverage:db/coverage.xml"), drain());
    }

    @Test
    public void aContextWaitsForEveryContextDeclaredBeforeItEvenOnesItDoesNotArriveWith() {
        queue.arrive("records", "r");
        queue.arrive("members", "m");
        assertEquals(List.of("records:r"), drain());
        assertEquals(List.of("organisations"), queue.blockers("members"));
        queue.arrive("organisations", "o");
        assertEquals(List.of("organisations:o", "members:m"), drain());
    }

    @Test
    public void anUndeclaredContextRunsAfterEveryDeclaredOneInArrivalOrder() {
        queue.arrive("plugin-b", "b");
        queue.arrive("plugin-a", "a");
        queue.arrive("records", "r");
        queue.arrive("organisations", "o");
        queue.arrive("members", "m");
        assertEquals(List.of("records:r", "organisations:o", "members:m"), drain());
        assertEquals(List.of("coverage"), queue.blockers("plugin-a"));
        queue.arrive("coverage", "c");
        assertEquals(List.of("coverage:c", "plugin-b:b", "plugin-a:a"), drain());
    }

    @Test
    public void aFailedChangeLogHoldsBackEveryContextAfterItUntilItRunsAgainSuccessfully() {
        queue.arrive("records", "r");
        queue.arrive("organisations", "o");
        queue.arrive("members", "m");
        assertEquals(List.of("records:r", "organisations:o"), drain("organisations"));
        assertEquals(List.of("organisations"), queue.blockers("members"));
        // the organisations bundle is updated with a mended change log
        queue.leave("organisations");
        queue.arrive("organisations", "o2");
        assertEquals(List.of("organisations:o2", "members:m"), drain());
    }

    @Test
    public void aContextWhoseBundleLeavesIsNotReadyAndRunsAgainWhenItComesBack() {
        queue.arrive("records", "r");
        drain();
        queue.leave("records");
        queue.arrive("organisations", "o");
        assertNull(queue.next());
        queue.arrive("records", "r");
        assertEquals(List.of("records:r", "organisations:o"), drain());
    }
}
