package org.castpb.coverage.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.castpb.api.Actor;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerSection;
import org.castpb.api.LedgerService;
import org.castpb.api.members.LedgerReconciliation;
import org.castpb.api.members.MemberLedgerService;
import org.castpb.api.members.ReconciliationItem;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.SectionStatus;
import org.castpb.api.coverage.AdmissionCheck;
import org.castpb.api.coverage.AdmissionService;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PendingRequest;
import org.junit.Before;
import org.junit.Test;

public class SqlAdmissionServiceTest {

    private static final Actor NATIONAL = new Actor("wang", Set.of("national-admin"));
    private static final LocalDate DAY = LocalDate.parse("2017-05-01");

    private CoverageDatabase db;
    private final Map<Long, Ledger> ledgers = new HashMap<>();
    private final List<PendingRequest> pending = new ArrayList<>();
    private SqlAdmissionService service;

    @Before
    public void applicants() {
        db = new CoverageDatabase();
        for (long id = 1; id <= 3; id++) {
            db.society(id, "NATIONAL", "110000", "SCIENCE", "APPLICANT");
            ledgers.put(id, clearLedger(id));
        }
        LedgerService ledgerService = stub(LedgerService.class, "current", args -> {
            Ledger ledger = ledgers.get((Long) args[1]);
            if (ledger == null) {
                throw new NotFoundException("society", args[1]);
            }
            return ledger;
        });
        EstablishmentRequestService requests = stub(EstablishmentRequestService.class, "pending", args -> List.copyOf(pending));
        MemberLedgerService registry = stub(MemberLedgerService.class, "reconcile", args -> LedgerReconciliation.of((Long) args[1], 1,
                List.of(100L), List.of(new ReconciliationItem("formalMembers", "正式党员 formal members", 3, (Long) args[1] == 1 ? 5 : 3,
                        (Long) args[1] != 1))));
        service = new SqlAdmissionService(db.dataSource, ledgerService, requests, registry);
    }

    @Test
    public void theCheckListsTheRegisteredMembersAndTheirDifferenceFromTheLedgerWithoutFailingOnIt() {
        db.organisation(100, "BRANCH", "2016-01-01", null).covers(100, 1, "2016-01-01", null);

        AdmissionCheck check = service.check(NATIONAL, 1, DAY);

        assertTrue(check.pass());
        assertEquals(List.of(100L), check.registeredMembers().organisationIds());
        assertEquals(List.of("formalMembers"), check.registeredMembers().differences().stream().map(ReconciliationItem::field).toList());
        assertEquals(5, check.registeredMembers().items().get(0).registry());
    }

    @Test
    public void anOrganisationAndAClearLedgerPass() {
        db.organisation(100, "BRANCH", "2016-01-01", null).covers(100, 1, "2016-01-01", null);

        AdmissionCheck check = service.check(NATIONAL, 1, DAY);

        assertTrue(check.pass());
        assertEquals(GroupMemberStatus.APPLICANT, check.groupMemberStatus());
        assertEquals(List.of(AdmissionService.ORGANISATION, AdmissionService.LEDGER_CLEAR),
                check.reasons().stream().map(r -> r.code()).toList());
        assertEquals(List.of(), check.failures());
    }

    @Test
    public void aSubmittedRequestStandsInForTheOrganisation() {
        pending.add(new PendingRequest(7, "Branch of society 2", OrganisationType.BRANCH, List.of(2L, 3L), Instant.now(), 3, false, 1));

        AdmissionCheck check = service.check(NATIONAL, 2, DAY);

        assertTrue(check.pass());
        assertEquals(AdmissionService.PENDING_REQUEST, check.reasons().get(0).code());
        assertTrue(check.reasons().get(0).message().contains("request 7"));
    }

    @Test
    public void neitherOrganisationNorRequestFails() {
        pending.add(new PendingRequest(7, "Branch of society 2", OrganisationType.BRANCH, List.of(2L), Instant.now(), 3, false, 1));
        // a work group brings work coverage only, and an organisation dissolved before the day no longer counts
        db.organisation(100, "WORK_GROUP", "2016-01-01", null).covers(100, 1, "2016-01-01", null)
                .organisation(101, "BRANCH", "2016-01-01", "2017-04-01").covers(101, 1, "2016-01-01", null);

        AdmissionCheck check = service.check(NATIONAL, 1, DAY);

        assertFalse(check.pass());
        assertEquals(List.of(AdmissionService.NO_ORGANISATION_OR_REQUEST), check.failures());
        assertTrue(check.reasons().get(1).met());
    }

    @Test
    public void organisationCoverageIsJudgedAsOfTheDay() {
        db.organisation(100, "COMMITTEE", "2017-06-01", null).covers(100, 1, "2017-06-01", null);

        assertFalse(service.check(NATIONAL, 1, DAY).pass());
        assertTrue(service.check(NATIONAL, 1, LocalDate.parse("2017-06-01")).pass());
    }

    @Test
    public void aLedgerThatIsNotClearFailsNamingItsSections() {
        db.organisation(100, "BRANCH", "2016-01-01", null).covers(100, 3, "2016-01-01", null);
        ledgers.put(3L, new Ledger(3, 4, Instant.now(), "li", null, false, List.of(
                new SectionStatus(LedgerSection.OPERATIONS, true, List.of()),
                new SectionStatus(LedgerSection.STAFF, false, List.of("full-time staff count")),
                new SectionStatus(LedgerSection.LEADERS, false, List.of("president", "secretary-general")))));

        AdmissionCheck check = service.check(NATIONAL, 3, DAY);

        assertFalse(check.pass());
        assertEquals(List.of(AdmissionService.LEDGER_NOT_CLEAR), check.failures());
        String message = check.reasons().get(1).message();
        assertTrue(message, message.contains("STAFF (missing full-time staff count)"));
        assertTrue(message, message.contains("LEADERS (missing president, secretary-general)"));
        assertFalse(message, message.contains("OPERATIONS"));
    }

    @Test
    public void bothMissingAreBothReported() {
        ledgers.put(2L, new Ledger(2, 0, null, null, null, false,
                List.of(new SectionStatus(LedgerSection.PARTY_MEMBERS, false, List.of("member count")))));

        assertEquals(List.of(AdmissionService.NO_ORGANISATION_OR_REQUEST, AdmissionService.LEDGER_NOT_CLEAR),
                service.check(NATIONAL, 2, DAY).failures());
    }

    @Test
    public void aSocietyOutsideTheCallersScopeIsNotFound() {
        db.society(4, "PROVINCIAL", "330000", "SCIENCE", "APPLICANT");
        ledgers.put(4L, clearLedger(4));
        Actor zhejiang = new Actor("zj-admin", Set.of("local-admin"), Scope.region("33"));

        assertThrows(NotFoundException.class, () -> service.check(zhejiang, 1, DAY));
        assertThrows(NotFoundException.class, () -> service.check(new Actor("sh-admin", Set.of("local-admin"), Scope.region("31")), 4, DAY));
        assertEquals(4, service.check(zhejiang, 4, DAY).societyId());
        assertEquals(1, service.check(new Actor("chen", Set.of("society-secretary"), Scope.societies(List.of(1L))), 1, DAY).societyId());
    }

    @Test
    public void aDayOutsideTheAcceptedRangeIsRefusedNamingAsOf() {
        db.organisation(100, "BRANCH", "2016-01-01", null).covers(100, 1, "2016-01-01", null);
        // a day long past used to read as the current state and pass; the year -10000 failed in the database
        for (LocalDate day : new LocalDate[] {LocalDate.of(-5000, 1, 1), LocalDate.of(-10000, 1, 1), LocalDate.of(1949, 9, 30)}) {
            try {
                service.check(NATIONAL, 1, day);
                org.junit.Assert.fail("checked as of " + day);
            } catch (org.castpb.api.ValidationException e) {
                assertEquals("asOf", e.errors().get(0).field());
                assertEquals(org.castpb.api.Dates.OUT_OF_RANGE, e.errors().get(0).code());
            }
        }
    }

    @Test(expected = NotFoundException.class)
    public void anUnknownSocietyIsNotFound() {
        service.check(NATIONAL, 99, DAY);
    }

    private static Ledger clearLedger(long societyId) {
        List<SectionStatus> sections = new ArrayList<>();
        for (LedgerSection section : LedgerSection.values()) {
            sections.add(new SectionStatus(section, true, List.of()));
        }
        return new Ledger(societyId, 1, Instant.parse("2016-06-01T00:00:00Z"), "li", null, true, sections);
    }

    /** A hand-made implementation answering one method; any other call is a test error. */
    private static <T> T stub(Class<T> type, String method, Function<Object[], Object> answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            if (m.getName().equals(method)) {
                return answer.apply(args);
            }
            throw new UnsupportedOperationException(type.getSimpleName() + "." + m.getName() + " is not used by the admission check");
        }));
    }
}
