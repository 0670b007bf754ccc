package org.castpb.coverage.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.castpb.api.Actor;
import org.castpb.api.ConflictException;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Page;
import org.castpb.api.ValidationException;
import org.castpb.api.coverage.CoverageKind;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.EvaluationFailure;
import org.castpb.api.coverage.RectificationOrigin;
import org.castpb.api.coverage.RectificationService;
import org.castpb.api.coverage.RectificationStatus;
import org.castpb.api.coverage.RectificationTask;
import org.junit.Before;
import org.junit.Test;

public class SqlRectificationServiceTest {

    private static final Actor ADMIN = new Actor("wang", Set.of("national-admin"));
    private static final Actor VIEWER = new Actor("li", Set.of("viewer"));
    private static final LocalDate EARLY_2017 = LocalDate.parse("2017-01-15");
    private static final LocalDate DUE = LocalDate.parse("2017-04-15");

    private CoverageDatabase db;
    private SqlRectificationService service;

    @Before
    public void societies() {
        db = new CoverageDatabase();
        // 1 organisation-covered, 2 only work-covered (liaison officer), 3 uncovered, 4 uncovered but not a group member
        db.member(1).member(2).member(3).society(4, "NATIONAL", "110000", "SCIENCE", "NONE")
                .organisation(100, "BRANCH", "2015-01-01", null).covers(100, 1, "2015-01-01", null)
                .liaison(2, "2016-01-01", null);
        service = service(30);
    }

    private SqlRectificationService service(int dueDays) {
        Clock clock = Clock.fixed(ZonedDateTime.of(2017, 1, 15, 12, 0, 0, 0, CoverageSettings.BEIJING).toInstant(), CoverageSettings.BEIJING);
        return new SqlRectificationService(db.dataSource, new CoverageQueries(db.dataSource, CoverageScope.DEFAULT),
                CoverageSettings.targets(new String[] {"2016-12-31 organisation=80 work=100", "2017-06-30 organisation=100"}),
                dueDays, clock);
    }

    @Test
    public void generationOpensTasksOnlyForPassedTargetsAndSocietiesShortOfThem() {
        assertEquals(3, service.generate(ADMIN, EARLY_2017));

        List<RectificationTask> tasks = service.open(ADMIN, 0, 10).items();
        // the 2016 target only: organisation for 2 and 3, work for 3; 1 is covered and 4 out of scope
        assertEquals(List.of("2 ORGANISATION", "3 ORGANISATION", "3 WORK"),
                tasks.stream().map(t -> t.societyId() + " " + t.kind()).sorted().toList());
        RectificationTask task = tasks.get(0);
        assertEquals(LocalDate.parse("2016-12-31"), task.targetDate());
        assertEquals(LocalDate.parse("2017-01-30"), task.dueOn());
        assertEquals(RectificationStatus.OPEN, task.status());
        assertEquals("Society " + task.societyId(), task.societyName());
        assertFalse(task.overdue());
    }

    @Test
    public void aTargetOnTodayHasNotPassedYet() {
        assertEquals(0, service.generate(ADMIN, LocalDate.parse("2016-12-31")));
        assertEquals(0, service.open(ADMIN, 0, 10).total());
    }

    @Test
    public void generatingAgainOpensNoDuplicateButAddsTheNextPassedTarget() {
        service.generate(ADMIN, EARLY_2017);

        assertEquals(0, service.generate(ADMIN, EARLY_2017));
        // after mid-2017: organisation tasks for 2 and 3 against the second target
        assertEquals(2, service.generate(ADMIN, LocalDate.parse("2017-07-01")));
        assertEquals(5, db.count("COV_RECTIFICATION"));
    }

    @Test
    public void aClosedTaskIsNotOpenedAgain() {
        service.generate(ADMIN, EARLY_2017);
        long id = service.open(ADMIN, 0, 1).items().get(0).id();
        service.close(ADMIN, id, "society dissolving");

        assertEquals(0, service.generate(ADMIN, EARLY_2017));
        assertEquals(2, service.open(ADMIN, 0, 10).total());
    }

    @Test
    public void synchroniseClosesTheTasksOfASocietyOnceItIsCovered() {
        service.generate(ADMIN, EARLY_2017);
        db.organisation(101, "BRANCH", "2017-02-01", null).covers(101, 3, "2017-02-01", null);

        assertEquals(0, service.synchronise(LocalDate.parse("2017-01-31")));
        // organisation coverage brings work coverage: both of 3's tasks close
        assertEquals(2, service.synchronise(LocalDate.parse("2017-02-01")));

        List<RectificationTask> open = service.open(ADMIN, 0, 10).items();
        assertEquals(List.of(2L), open.stream().map(RectificationTask::societyId).toList());
        RectificationTask closed = organisationTaskOf(3);
        assertEquals(RectificationStatus.CLOSED, closed.status());
        assertEquals(RectificationService.SYSTEM, closed.closedBy());
        assertEquals(LocalDate.parse("2017-02-01"), closed.closedOn());
        assertEquals("covered on 2017-02-01", closed.closingNote());
        assertEquals(0, service.synchronise(LocalDate.parse("2017-02-02")));
    }

    @Test
    public void workCoverageAloneDoesNotCloseAnOrganisationTask() {
        service.generate(ADMIN, EARLY_2017);
        db.liaison(3, "2017-02-01", null);

        assertEquals(1, service.synchronise(LocalDate.parse("2017-02-01")));
        assertEquals(List.of("2 ORGANISATION", "3 ORGANISATION"), service.open(ADMIN, 0, 10).items().stream()
                .map(t -> t.societyId() + " " + t.kind()).sorted().toList());
    }

    @Test
    public void closingByHandNeedsANote() {
        service.generate(ADMIN, EARLY_2017);
        long id = service.open(ADMIN, 0, 1).items().get(0).id();

        try {
            service.close(ADMIN, id, "  ");
            fail("closed without a note");
        } catch (ValidationException e) {
            assertEquals("note", e.errors().get(0).field());
        }
        assertEquals(RectificationStatus.OPEN, service.get(ADMIN, id).status());

        RectificationTask closed = service.close(ADMIN, id, "merged into society 1");
        assertEquals(RectificationStatus.CLOSED, closed.status());
        assertEquals("wang", closed.closedBy());
        assertEquals("merged into society 1", closed.closingNote());
        assertEquals(EARLY_2017, closed.closedOn());
    }

    @Test
    public void closingAClosedTaskIsAConflict() {
        service.generate(ADMIN, EARLY_2017);
        long id = service.open(ADMIN, 0, 1).items().get(0).id();
        service.close(ADMIN, id, "done");

        try {
            service.close(ADMIN, id, "again");
            fail("closed twice");
        } catch (ConflictException e) {
            assertEquals(RectificationService.ALREADY_CLOSED, e.code());
        }
        assertEquals("done", service.get(ADMIN, id).closingNote());
    }

    @Test(expected = NotFoundException.class)
    public void closingAnUnknownTaskIsNotFound() {
        service.close(ADMIN, 999, "note");
    }

    @Test
    public void onlyRecordWritersGenerateAndClose() {
        try {
            service.generate(VIEWER, EARLY_2017);
            fail("a viewer generated tasks");
        } catch (ForbiddenException expected) {
            assertEquals(0, db.count("COV_RECTIFICATION"));
        }
        service.generate(ADMIN, EARLY_2017);
        long id = service.open(ADMIN, 0, 1).items().get(0).id();
        try {
            service.close(VIEWER, id, "note");
            fail("a viewer closed a task");
        } catch (ForbiddenException expected) {
            assertEquals(RectificationStatus.OPEN, service.get(ADMIN, id).status());
        }
    }

    @Test
    public void overdueListsOpenTasksDueBeforeTheDayByDueDate() {
        service.generate(ADMIN, LocalDate.parse("2017-07-01"));
        // due 2017-01-30 (three tasks of the 2016 target) and 2017-07-30 (two of the mid-2017 one)
        long first = service.overdue(ADMIN, LocalDate.parse("2017-01-31"), 0, 10).items().get(0).id();
        service.close(ADMIN, first, "handled elsewhere");

        assertEquals(0, service.overdue(ADMIN, LocalDate.parse("2017-01-30"), 0, 10).total());
        Page<RectificationTask> early = service.overdue(ADMIN, LocalDate.parse("2017-01-31"), 0, 10);
        assertEquals(2, early.total());
        assertTrue(early.items().stream().allMatch(RectificationTask::overdue));
        Page<RectificationTask> late = service.overdue(ADMIN, LocalDate.parse("2017-08-01"), 0, 3);
        assertEquals(4, late.total());
        assertEquals(List.of("2017-01-30", "2017-01-30", "2017-07-30"), late.items().stream().map(t -> t.dueOn().toString()).toList());
        assertEquals(List.of("2017-07-30"), service.overdue(ADMIN, LocalDate.parse("2017-08-01"), 3, 3).items().stream()
                .map(t -> t.dueOn().toString()).toList());
    }

    @Test
    public void theDueDateIsTheTargetDatePlusTheConfiguredDays() {
        service(90).generate(ADMIN, EARLY_2017);

        assertEquals(LocalDate.parse("2017-03-31"), service.open(ADMIN, 0, 1).items().get(0).dueOn());
    }

    @Test(expected = ValidationException.class)
    public void aListingRefusesABadPage() {
        service.open(ADMIN, 0, 0);
    }

    /** Ids are 1, 2, 3 after the first generation. */
    private RectificationTask organisationTaskOf(long societyId) {
        return LongStream.rangeClosed(1, 3).mapToObj(id -> service.get(ADMIN, id))
                .filter(t -> t.societyId() == societyId && t.kind() == CoverageKind.ORGANISATION).findFirst().orElseThrow();
    }

    @Test
    public void aFailedCampaignOpensOneTaskPerSocietyNamingTheFailedCriteriaEvenWhenRunAgain() {
        RectificationTask task = service.followUp(new EvaluationFailure(3, 7, false, List.of("national/LEDGER: 5 of 10"), DUE));

        assertEquals(RectificationOrigin.EVALUATION, task.origin());
        assertEquals(Long.valueOf(7), task.campaignId());
        assertEquals(List.of("national/LEDGER: 5 of 10"), task.criteria());
        assertEquals(DUE, task.dueOn());
        assertEquals(null, task.kind());
        RectificationTask again = service.followUp(new EvaluationFailure(3, 7, false, List.of("national/LEDGER: 6 of 10", "zj/MEETINGS"), DUE));
        assertEquals(task.id(), again.id());
        assertEquals(List.of("national/LEDGER: 6 of 10", "zj/MEETINGS"), again.criteria());
        assertEquals(1, db.count("COV_RECTIFICATION"));
        // a coverage task of the same society still opens beside it
        assertEquals(3, service.generate(ADMIN, EARLY_2017));
        assertEquals(List.of(task.id()), service.bySociety(ADMIN, 3).stream()
                .filter(t -> t.origin() == RectificationOrigin.EVALUATION).map(RectificationTask::id).toList());
    }

    @Test
    public void aFailureWithoutVetoClosesWithANote() {
        RectificationTask task = service.followUp(new EvaluationFailure(3, 7, false, List.of("grade UNQUALIFIED"), DUE));

        assertEquals(RectificationStatus.CLOSED, service.close(ADMIN, task.id(), "meetings held since").status());
    }

    @Test
    public void aVetoClosesOnlyAfterAPassingReevaluation() {
        RectificationTask task = service.followUp(new EvaluationFailure(3, 7, true, List.of("national vetoes: no organisation"), DUE));
        try {
            service.close(ADMIN, task.id(), "organisation set up");
            fail("a vetoed society closed its task without a passing re-evaluation");
        } catch (ConflictException e) {
            assertEquals(RectificationService.REEVALUATION_REQUIRED, e.code());
        }
        assertEquals(RectificationStatus.OPEN, service.get(ADMIN, task.id()).status());
        // another society's pass does not count
        assertEquals(0, service.reevaluated(2, 8));

        assertEquals(1, service.reevaluated(3, 8));
        RectificationTask closed = service.close(ADMIN, task.id(), "organisation set up");
        assertEquals(Long.valueOf(8), closed.reevaluatedInCampaignId());
        assertEquals(RectificationStatus.CLOSED, closed.status());
        assertEquals("organisation set up", closed.closingNote());
    }

    @Test
    public void aFollowUpForAnUnknownSocietyIsNotFoundAndStoresNothing() {
        try {
            service.followUp(new EvaluationFailure(99, 7, false, List.of("x"), DUE));
            fail("a task was opened for an unknown society");
        } catch (NotFoundException expected) {
            assertEquals(0, db.count("COV_RECTIFICATION"));
        }
    }
}
