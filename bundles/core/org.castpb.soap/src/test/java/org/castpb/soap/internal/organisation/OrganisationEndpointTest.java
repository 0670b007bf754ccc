package org.castpb.soap.internal.organisation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.castpb.api.ConflictException;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.coverage.CoverageReport;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.CoverageService;
import org.castpb.api.coverage.GroupBy;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.junit.Test;

public class OrganisationEndpointTest {

    private final List<Object[]> reportCalls = new ArrayList<>();
    private RuntimeException refusal;

    private final CoverageService coverage = fake(CoverageService.class, (name, args) -> {
        if (name.equals("report")) {
            reportCalls.add(args);
            return new CoverageReport((LocalDate) args[0], CoverageScope.DEFAULT, CoverageFigures.of(1, 1, 1), (GroupBy) args[1], List.of());
        }
        throw new UnsupportedOperationException(name);
    });
    private final EstablishmentRequestService requests = fake(EstablishmentRequestService.class, (name, args) -> {
        throw refusal;
    });
    private final OrganisationEndpoint endpoint = new OrganisationEndpoint(requests, null, null, coverage);

    @Test
    public void coverageWithoutDateIsAsOfTodayInBeijing() throws Exception {
        LocalDate before = LocalDate.now(OrganisationEndpoint.BEIJING);
        CoverageReportXml report = endpoint.getCoverageReport(null, null);
        LocalDate after = LocalDate.now(OrganisationEndpoint.BEIJING);
        LocalDate asked = (LocalDate) reportCalls.get(0)[0];
        assertFalse(asked + " is not today", asked.isBefore(before) || asked.isAfter(after));
        assertEquals(asked, report.asOf);
        assertEquals(null, reportCalls.get(0)[1]);

        endpoint.getCoverageReport(LocalDate.of(2025, 12, 31), GroupBy.LEVEL);
        assertEquals(LocalDate.of(2025, 12, 31), reportCalls.get(1)[0]);
        assertEquals(GroupBy.LEVEL, reportCalls.get(1)[1]);
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

    interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }
}
