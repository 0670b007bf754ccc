package org.castpb.federation.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.Scope;
import org.castpb.api.ValidationException;
import org.castpb.api.federation.InstanceIdentity;
import org.castpb.api.federation.InstanceLevel;
import org.castpb.api.federation.UpwardReport;

/** The rules of instance identities and upward reports, kept apart from JDBC and HTTP so they are tested alone. */
final class Instances {

    private static final Pattern INSTANCE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern REGION = Pattern.compile("\\d{6}");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern PROBLEM_CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]{1,60})\"");
    private static final Pattern PROBLEM_DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){0,600})\"");

    private Instances() {
    }

    /** The identity a configuration names, refused with every problem named when it is not usable. */
    static InstanceIdentity identity(InstanceConfig c) {
        List<FieldError> errors = new ArrayList<>();
        String id = c.instanceId() == null ? "" : c.instanceId().strip();
        if (!INSTANCE_ID.matcher(id).matches()) {
            errors.add(new FieldError("instanceId", "INVALID_VALUE", "instanceId is 1-64 lower-case letters, digits and -, got '" + id + "'"));
        }
        InstanceLevel level = null;
        try {
            level = InstanceLevel.valueOf(c.level().strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            errors.add(new FieldError("level", "INVALID_VALUE", "level is NATIONAL, PROVINCIAL or MUNICIPAL, got '" + c.level() + "'"));
        }
        String region = c.regionCode() == null ? "" : c.regionCode().strip();
        if (!REGION.matcher(region).matches()) {
            errors.add(new FieldError("regionCode", "INVALID_REGION_CODE", "regionCode is six digits (GB/T 2260), got '" + region + "'"));
        }
        String parent = blankToNull(c.parentUrl());
        if (parent != null && !parent.matches("https?://[^\\s/]+(/\\S*)?")) {
            errors.add(new FieldError("parentUrl", "INVALID_VALUE", "parentUrl is the parent's http(s) base URL, e.g. "
                    + "https://cast.example/api/v1"));
        }
        if (parent != null && blankToNull(c.reportingAccount()) == null) {
            errors.add(new FieldError("reportingAccount", "REQUIRED", "a parentUrl needs the reportingAccount to use there"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String name = blankToNull(c.displayName());
        return new InstanceIdentity(id, level, region, name == null ? id : name.strip(), parent, blankToNull(c.reportingAccount()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Where a child posts its reports at a parent whose REST base URL is {@code parentUrl}. */
    static String reportsUrl(String parentUrl) {
        String base = parentUrl.endsWith("/") ? parentUrl.substring(0, parentUrl.length() - 1) : parentUrl;
        return base + "/federation/reports";
    }

    /** Whether a report is due by the schedule: on or after the day of the month, once a month. */
    static boolean scheduledReportDue(int dayOfMonth, LocalDate today, LocalDate lastScheduled) {
        if (dayOfMonth <= 0) {
            return false;
        }
        int day = Math.min(dayOfMonth, 28);
        if (today.getDayOfMonth() < day) {
            return false;
        }
        return lastScheduled == null || lastScheduled.isBefore(today.withDayOfMonth(day));
    }

    /** Whether an actor's scope holds a region: everything, or a region prefix the code starts with. */
    static boolean covers(Scope scope, String regionCode) {
        if (scope == null || regionCode == null) {
            return false;
        }
        return scope.all() || scope.regionPrefix() != null && regionCode.startsWith(scope.regionPrefix());
    }

    /** The WHERE clause that keeps the reports of the scope's regions (a scope of named societies holds no instance). */
    static String regionFilter(Scope scope) {
        return scope.all() ? "" : " WHERE REGION_CODE LIKE ?";
    }

    /** Binds {@link #regionFilter}'s parameter; returns the next parameter index. */
    static int bindRegion(PreparedStatement statement, int index, Scope scope) throws SQLException {
        if (scope.all()) {
            return index;
        }
        // a scope of named societies has no prefix: a pattern no region code matches
        statement.setString(index, scope.regionPrefix() == null ? "-" : scope.regionPrefix() + "%");
        return index + 1;
    }

    static void checkAsOf(LocalDate asOf) {
        List<FieldError> errors = new ArrayList<>();
        Dates.check(errors, "asOf", asOf);
        if (asOf == null) {
            errors.add(new FieldError("asOf", "REQUIRED", "asOf (the report's date) is required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static void checkPage(int offset, int limit, int maxLimit) {
        if (offset < 0 || limit < 1 || limit > maxLimit) {
            throw new ValidationException(new FieldError(offset < 0 ? "offset" : "limit", "INVALID_VALUE",
                    "offset is 0 or more and limit 1 to " + maxLimit + ", got offset " + offset + ", limit " + limit));
        }
    }

    /** A child's registration as a parent accepts it: every problem named. */
    static void validateChild(InstanceIdentity parent, String instanceId, InstanceLevel level, String regionCode,
                              String displayName) {
        List<FieldError> errors = new ArrayList<>();
        if (instanceId == null || !INSTANCE_ID.matcher(instanceId).matches()) {
            errors.add(new FieldError("instanceId", "INVALID_VALUE", "instanceId is 1-64 lower-case letters, digits and -"));
        }
        if (level == null) {
            errors.add(new FieldError("level", "REQUIRED", "level is required: PROVINCIAL or MUNICIPAL"));
        } else if (level == InstanceLevel.NATIONAL) {
            errors.add(new FieldError("level", "INVALID_VALUE", "a child instance is PROVINCIAL or MUNICIPAL"));
        }
        if (regionCode == null || !REGION.matcher(regionCode).matches()) {
            errors.add(new FieldError("regionCode", "INVALID_REGION_CODE", "regionCode is six digits (GB/T 2260)"));
        } else if (!within(parent, regionCode)) {
            errors.add(new FieldError("regionCode", "OUTSIDE_THIS_INSTANCE", "region " + regionCode + " lies outside this instance's region "
                    + parent.regionCode() + ": its children are within it"));
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            errors.add(new FieldError("displayName", "INVALID_VALUE", "displayName is 1-200 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Whether a region lies within an instance's: anywhere for the national one, the same province or city otherwise. */
    static boolean within(InstanceIdentity instance, String regionCode) {
        String own = instance.regionCode();
        return switch (instance.level()) {
            case NATIONAL -> true;
            case PROVINCIAL -> regionCode.startsWith(own.substring(0, 2));
            case MUNICIPAL -> regionCode.startsWith(own.substring(0, 4));
        };
    }

    /** A report as a parent accepts it: every problem named, nothing stored when there is one. */
    static void validate(UpwardReport r) {
        List<FieldError> errors = new ArrayList<>();
        if (r == null) {
            throw new ValidationException(new FieldError("report", "REQUIRED", "the request body must be a report"));
        }
        if (r.reportId() == null || !UUID.matcher(r.reportId()).matches()) {
            errors.add(new FieldError("reportId", "INVALID_VALUE", "reportId is a lower-case UUID made by the child"));
        }
        if (r.instanceId() == null || !INSTANCE_ID.matcher(r.instanceId()).matches()) {
            errors.add(new FieldError("instanceId", "INVALID_VALUE", "instanceId is 1-64 lower-case letters, digits and -"));
        }
        if (r.level() == null) {
            errors.add(new FieldError("level", "REQUIRED", "level is required"));
        } else if (r.level() == InstanceLevel.NATIONAL) {
            errors.add(new FieldError("level", "INVALID_VALUE", "the national instance reports to no parent"));
        }
        if (r.regionCode() == null || !REGION.matcher(r.regionCode()).matches()) {
            errors.add(new FieldError("regionCode", "INVALID_REGION_CODE", "regionCode is six digits (GB/T 2260)"));
        }
        if (r.displayName() == null || r.displayName().isBlank() || r.displayName().length() > 200) {
            errors.add(new FieldError("displayName", "INVALID_VALUE", "displayName is 1-200 characters"));
        }
        Dates.check(errors, "asOf", r.asOf());
        if (r.asOf() == null) {
            errors.add(new FieldError("asOf", "REQUIRED", "asOf is required"));
        }
        // totals whose counts do not add up cannot even be read (CoverageFigures refuses them)
        if (r.totals() == null) {
            errors.add(new FieldError("totals", "REQUIRED", "totals are required"));
        }
        if (r.openRectifications() < 0 || r.overdueRectifications() < 0 || r.overdueRectifications() > r.openRectifications()) {
            errors.add(new FieldError("overdueRectifications", "INCONSISTENT", "overdue rectifications are part of the open ones"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The parent's answer as the outbox keeps it: its status, problem code and detail, never the whole body. */
    static String problem(int status, String body) {
        StringBuilder b = new StringBuilder("HTTP ").append(status);
        if (body != null) {
            Matcher code = PROBLEM_CODE.matcher(body);
            if (code.find()) {
                b.append(' ').append(code.group(1));
            }
            Matcher detail = PROBLEM_DETAIL.matcher(body);
            if (detail.find()) {
                b.append(": ").append(detail.group(1).replace("\\\"", "\""));
            }
        }
        return b.toString();
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
