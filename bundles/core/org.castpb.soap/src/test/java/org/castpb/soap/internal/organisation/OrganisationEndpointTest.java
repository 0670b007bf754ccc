package org.castpb.soap.internal.organisation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.castpb.api.ConflictException;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.Page;
import org.castpb.api.coverage.AdmissionCheck;
import org.castpb.api.coverage.AdmissionReason;
import org.castpb.api.coverage.AdmissionService;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.coverage.CoverageKind;
import org.castpb.api.coverage.CoverageReport;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.CoverageService;
import org.castpb.api.coverage.CoverageSnapshot;
import org.castpb.api.coverage.GroupBy;
import org.castpb.api.coverage.RectificationService;
import org.castpb.api.coverage.RectificationStatus;
import org.castpb.api.coverage.RectificationTask;
import org.castpb.api.coverage.SnapshotService;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.junit.Test;

public class OrganisationEndpointTest {

    private final List<Object[]> reportCalls = new ArrayList<>();
    private RuntimeException refusal;

    private final CoverageService coverage = fake(CoverageService.class, (name, args) -> {
        if (name.equals("report")) {
            reportCalls.add(args);
            return new CoverageReport((LocalDate) args[1], CoverageScope.DEFAULT, CoverageFigures.of(1, 1, 1), (GroupBy) args[2], List.of());
        }
        throw new UnsupportedOperationException(name);
    });
    private final EstablishmentRequestService requests = fake(EstablishmentRequestService.class, (name, args) -> {
        throw refusal;
    });
    /** Every call to the rectification, snapshot and admission fakes: the method's name and its arguments. */
    private final List<String> calls = new ArrayList<>();
    private static final RectificationTask TASK = new RectificationTask(17, 12, "中国数学会", LocalDate.of(2016, 12, 31),
            CoverageKind.ORGANISATION, LocalDate.of(2017, 3, 31), RectificationStatus.OPEN, true, null, null, null);
    private final RectificationService rectifications = fake(RectificationService.class, (name, args) -> {
        calls.add(name + Arrays.toString(args));
        return switch (name) {
            case "open", "overdue" -> new Page<>(List.of(TASK), 1, (int) args[args.length - 2], (int) args[args.length - 1]);
            case "generate" -> 3;
            case "synchronise" -> 1;
            case "close" -> throw refusal;
            default -> TASK;
        };
    });
    private final SnapshotService snapshots = fake(SnapshotService.class, (name, args) -> {
        calls.add(name + Arrays.toString(args));
        return name.equals("take") ? new CoverageSnapshot((LocalDate) args[1], (LocalDate) args[1], CoverageFigures.of(4, 3, 4),
                Instant.parse("2026-11-26T02:00:00Z")) : List.of();
    });
    private final AdmissionService admissions = fake(AdmissionService.class, (name, args) -> {
        calls.add(name + Arrays.toString(args));
        return new AdmissionCheck((long) args[1], GroupMemberStatus.APPLICANT, (LocalDate) args[2], false,
                List.of(new AdmissionReason(AdmissionService.NO_ORGANISATION_OR_REQUEST, false, "no party organisation")));
    });
    private final OrganisationEndpoint endpoint = new OrganisationEndpoint(requests, null, null, coverage, snapshots, rectifications,
            admissions);

    @Test
    public void coverageWithoutDateIsAsOfTodayInBeijing() throws Exception {
        LocalDate before = LocalDate.now(OrganisationEndpoint.BEIJING);
        CoverageReportXml report = endpoint.getCoverageReport(null, null);
        LocalDate after = LocalDate.now(OrganisationEndpoint.BEIJING);
        assertEquals("the caller (none outside a SOAP request)", null, reportCalls.get(0)[0]);
        LocalDate asked = (LocalDate) reportCalls.get(0)[1];
        assertFalse(asked + " is not today", asked.isBefore(before) || asked.isAfter(after));
        assertEquals(asked, report.asOf);
        assertEquals(null, reportCalls.get(0)[2]);

        endpoint.getCoverageReport(LocalDate.of(2025, 12, 31), GroupBy.LEVEL);
        assertEquals(LocalDate.of(2025, 12, 31), reportCalls.get(1)[1]);
        assertEquals(GroupBy.LEVEL, reportCalls.get(1)[2]);
    }

    @Test
    public void refusedStepBecomesAFaultWithTheServiceCode() {
        refusal = new ConflictException(EstablishmentRequestService.INVALID_TRANSITION, "an APPROVED request cannot be approved");
        try {
            endpoint.approveEstablishmentRequest(4, 3, null);
            fail("a refused step is a fault");
        } catch (OrganisationFault e) {
            assertEquals("INVALID_TRANSITION", e.getFaultInfo().code);
            assertEquals("INVALID_TRANSITION", e.faultCode());
        }
    }

    @Test
    public void unexpectedFailureBecomesAnInternalErrorWithoutItsMessage() {
        refusal = new IllegalStateException("connection pool exhausted at jdbc:derby:/secret/path");
        try {
            endpoint.getEstablishmentRequest(4);
            fail("a failure is a fault");
        } catch (OrganisationFault e) {
            assertEquals("INTERNAL_ERROR", e.getFaultInfo().code);
            assertFalse(e.getMessage(), e.getMessage().contains("secret"));
        }
    }

    @Test
    public void rectificationListIsTheOpenTasksFirstPageOfFiftyWhenNothingIsGiven() throws Exception {
        RectificationTaskPageXml page = endpoint.listRectificationTasks(null, null, null);
        assertEquals(List.of("open[null, 0, 50]"), calls);
        assertEquals(50, page.limit);
        assertEquals(1, page.total);
        assertEquals(TASK, page.items.get(0).toTask());
    }

    @Test
    public void overdueRectificationsAreThoseDueBeforeTodayInBeijing() throws Exception {
        LocalDate before = LocalDate.now(OrganisationEndpoint.BEIJING);
        endpoint.listRectificationTasks(true, 100, 20);
        LocalDate after = LocalDate.now(OrganisationEndpoint.BEIJING);
        assertTrue(calls.toString(), calls.equals(List.of("overdue[null, " + before + ", 100, 20]"))
                || calls.equals(List.of("overdue[null, " + after + ", 100, 20]")));
    }

    @Test
    public void generatingOpensTasksThenClosesTheCoveredOnTheSameDay() throws Exception {
        RectificationRunXml run = endpoint.generateRectificationTasks();
        assertEquals(3, run.opened);
        assertEquals(1, run.closedAsCovered);
        assertEquals(2, calls.size());
        assertTrue(calls.get(0), calls.get(0).startsWith("generate[null, "));
        assertEquals("the same day", calls.get(0).substring("generate[null, ".length()), calls.get(1).substring("synchronise[".length()));
    }

    @Test
    public void closingAClosedTaskIsAFaultWithTheServiceCode() {
        refusal = new ConflictException(RectificationService.ALREADY_CLOSED, "rectification task 17 was closed on 2017-01-05 by system");
        try {
            endpoint.closeRectificationTask(17, "已建立联合党支部");
            fail("a refused close is a fault");
        } catch (OrganisationFault e) {
            assertEquals("ALREADY_CLOSED", e.getFaultInfo().code);
        }
    }

    @Test
    public void admissionWithoutDateIsCheckedAsOfTodayInBeijing() throws Exception {
        LocalDate before = LocalDate.now(OrganisationEndpoint.BEIJING);
        AdmissionCheckXml check = endpoint.checkAdmission(12, null);
        LocalDate after = LocalDate.now(OrganisationEndpoint.BEIJING);
        assertFalse(check.asOf + " is not today", check.asOf.isBefore(before) || check.asOf.isAfter(after));
        assertFalse(check.pass);
        assertEquals(AdmissionService.NO_ORGANISATION_OR_REQUEST, check.reasons.get(0).code);

        assertEquals(LocalDate.of(2017, 6, 30), endpoint.checkAdmission(12, LocalDate.of(2017, 6, 30)).asOf);
    }

    @Test
    public void snapshotWithoutMonthIsTheCurrentMonthsAndMonthsReachTheServiceAsFirstDays() throws Exception {
        LocalDate before = LocalDate.now(OrganisationEndpoint.BEIJING).withDayOfMonth(1);
        CoverageSnapshotXml taken = endpoint.takeCoverageSnapshot(null);
        LocalDate after = LocalDate.now(OrganisationEndpoint.BEIJING).withDayOfMonth(1);
        assertTrue(taken.month.toString(), taken.month.equals(YearMonth.from(before)) || taken.month.equals(YearMonth.from(after)));

        endpoint.takeCoverageSnapshot(YearMonth.of(2016, 12));
        endpoint.getCoverageTrend(YearMonth.of(2016, 1), YearMonth.of(2017, 6));
        endpoint.listCoverageSnapshots(YearMonth.of(2016, 1), null);
        assertEquals(List.of("take[null, 2016-12-01]", "trend[null, 2016-01-01, 2017-06-01]", "snapshots[null, 2016-01-01, null]"),
                calls.subList(1, calls.size()));
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }
}
