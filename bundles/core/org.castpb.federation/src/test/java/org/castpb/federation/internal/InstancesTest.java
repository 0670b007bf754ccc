package org.castpb.federation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.castpb.api.FieldError;
import org.castpb.api.Scope;
import org.castpb.api.ValidationException;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.federation.InstanceIdentity;
import org.castpb.api.federation.InstanceLevel;
import org.castpb.api.federation.UpwardReport;
import org.junit.Test;

public class InstancesTest {

    private static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @Test
    public void aProvincialInstanceNamesItsParentAndAccount() {
        InstanceIdentity zhejiang = Instances.identity(config("zhejiang", "provincial", "330000", "浙江省科协",
                "https://cast.example/api/v1/", "report-zj"));
        assertEquals(InstanceLevel.PROVINCIAL, zhejiang.level());
        assertTrue(zhejiang.reportsUpward());
        assertEquals("https://cast.example/api/v1/federation/reports", Instances.reportsUrl(zhejiang.parentUrl()));
        assertFalse(Instances.identity(config("cast", "NATIONAL", "100000", "中国科协", "", "")).reportsUpward());
    }

    @Test
    public void aBadConfigurationNamesEveryProblem() {
        try {
            Instances.identity(config("Zhe Jiang", "STATE", "33", "", "ftp://x", ""));
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("instanceId", "level", "regionCode", "parentUrl", "reportingAccount"),
                    e.errors().stream().map(FieldError::field).toList());
        }
    }

    @Test
    public void theScheduleMakesOneReportAMonthOnOrAfterItsDay() {
        assertFalse(Instances.scheduledReportDue(0, LocalDate.of(2026, 12, 1), null));
        assertTrue(Instances.scheduledReportDue(1, LocalDate.of(2026, 12, 1), null));
        assertFalse(Instances.scheduledReportDue(1, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 1)));
        assertTrue(Instances.scheduledReportDue(1, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 11, 3)));
        assertFalse(Instances.scheduledReportDue(10, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 11, 10)));
        // a server that was down on the day catches up when it is back, once
        assertTrue(Instances.scheduledReportDue(10, LocalDate.of(2026, 12, 20), LocalDate.of(2026, 11, 10)));
    }

    @Test
    public void aReportingAccountReportsForItsOwnRegionOnly() {
        assertTrue(Instances.covers(Scope.ALL, "330000"));
        assertTrue(Instances.covers(Scope.region("33"), "330000"));
        assertTrue(Instances.covers(Scope.region("33"), "330100"));
        assertFalse(Instances.covers(Scope.region("31"), "330000"));
        assertFalse(Instances.covers(Scope.societies(Set.of(4L)), "330000"));
        assertFalse(Instances.covers(Scope.NONE, "330000"));
    }

    @Test
    public void aParentRefusesAnInconsistentReportNamingEachField() {
        UpwardReport bad = new UpwardReport("not-a-uuid", "zhejiang", InstanceLevel.NATIONAL, "33", " ", LocalDate.of(1900, 1, 1),
                Instant.EPOCH, null, null, null, null, 1, 2, null, null);
        try {
            Instances.validate(bad);
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("reportId", "level", "regionCode", "displayName", "asOf", "totals", "overdueRectifications"),
                    e.errors().stream().map(FieldError::field).toList());
        }
        Instances.validate(new UpwardReport(ID, "zhejiang", InstanceLevel.PROVINCIAL, "330000", "浙江省科协", LocalDate.of(2026, 12, 1),
                Instant.EPOCH, CoverageFigures.of(4, 3, 4), null, null, null, 1, 0, null, null));
    }

    @Test
    public void theOutboxKeepsTheParentsCodeAndDetailNotItsBody() {
        assertEquals("HTTP 403 OUT_OF_SCOPE: report-zj may not report for region 310000",
                Instances.problem(403, "{\"type\":\"x\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"report-zj may not report "
                        + "for region 310000\",\"code\":\"OUT_OF_SCOPE\",\"errors\":[]}"));
        assertEquals("HTTP 502", Instances.problem(502, "<html>Bad gateway</html>"));
    }

    @Test
    public void retriesWaitTwiceAsLongEachTimeUpToTheCap() {
        Duration first = Duration.ofSeconds(60);
        Duration max = Duration.ofHours(1);
        assertEquals(Duration.ofSeconds(60), Backoff.after(1, first, max));
        assertEquals(Duration.ofSeconds(120), Backoff.after(2, first, max));
        assertEquals(Duration.ofSeconds(480), Backoff.after(4, first, max));
        assertEquals(max, Backoff.after(7, first, max));
        assertEquals(max, Backoff.after(1000, first, max));
    }

    @Test
    public void onlyAnAnswerAboutTheReportItselfRefusesIt() {
        assertEquals(Delivery.Outcome.ACKNOWLEDGED, Delivery.of(201));
        assertEquals(Delivery.Outcome.ACKNOWLEDGED, Delivery.of(200));
        assertEquals(Delivery.Outcome.REFUSED, Delivery.of(422));
        assertEquals(Delivery.Outcome.REFUSED, Delivery.of(403));
        assertEquals(Delivery.Outcome.RETRY, Delivery.of(401));
        assertEquals(Delivery.Outcome.RETRY, Delivery.of(404));
        assertEquals(Delivery.Outcome.RETRY, Delivery.of(503));
        assertEquals(Delivery.Outcome.RETRY, Delivery.of(429));
    }

    static InstanceConfig config(String id, String level, String region, String name, String parent, String account) {
        return new InstanceConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return InstanceConfig.class;
            }

            @Override
            public String instanceId() {
                return id;
            }

            @Override
            public String level() {
                return level;
            }

            @Override
            public String regionCode() {
                return region;
            }

            @Override
            public String displayName() {
                return name;
            }

            @Override
            public String parentUrl() {
                return parent;
            }

            @Override
            public String reportingAccount() {
                return account;
            }

            @Override
            public String reportingPassword() {
                return "";
            }

            @Override
            public int reportDayOfMonth() {
                return 1;
            }

            @Override
            public int retryFirstSeconds() {
                return 60;
            }

            @Override
            public int retryMaxSeconds() {
                return 3600;
            }

            @Override
            public int tickSeconds() {
                return 30;
            }

            @Override
            public int overdueAfterDays() {
                return 40;
            }
        };
    }

    @Test
    public void aNationalInstanceRegistersChildrenAnywhereAProvincialOneOnlyWithinItsProvince() {
        InstanceIdentity cast = new InstanceIdentity("cast", InstanceLevel.NATIONAL, "100000", "中国科协", null, null);
        InstanceIdentity zhejiang = new InstanceIdentity("zhejiang", InstanceLevel.PROVINCIAL, "330000", "浙江省科协", null, null);
        assertTrue(Instances.within(cast, "330000"));
        assertTrue(Instances.within(zhejiang, "330100"));
        assertFalse(Instances.within(zhejiang, "310000"));
        Instances.validateChild(zhejiang, "hangzhou", InstanceLevel.MUNICIPAL, "330100", "杭州市科协");
        try {
            Instances.validateChild(zhejiang, "shanghai", InstanceLevel.PROVINCIAL, "310000", "上海市科协");
            fail("a region outside the province is refused");
        } catch (ValidationException e) {
            assertEquals(List.of("regionCode:OUTSIDE_THIS_INSTANCE"),
                    e.errors().stream().map(f -> f.field() + ":" + f.code()).toList());
        }
    }

    @Test
    public void aChildRegistrationNamesEveryBadField() {
        InstanceIdentity cast = new InstanceIdentity("cast", InstanceLevel.NATIONAL, "100000", "中国科协", null, null);
        try {
            Instances.validateChild(cast, "Zhe Jiang", InstanceLevel.NATIONAL, "33", " ");
            fail("a bad registration is refused");
        } catch (ValidationException e) {
            assertEquals(List.of("instanceId:INVALID_VALUE", "level:INVALID_VALUE", "regionCode:INVALID_REGION_CODE",
                    "displayName:INVALID_VALUE"), e.errors().stream().map(f -> f.field() + ":" + f.code()).toList());
        }
    }
}
