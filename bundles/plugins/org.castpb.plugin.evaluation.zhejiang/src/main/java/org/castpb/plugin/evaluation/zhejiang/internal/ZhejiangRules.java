package org.castpb.plugin.evaluation.zhejiang.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.castpb.api.evaluation.Grade;

/** The Zhejiang module's configuration, checked; component names are the property names. */
record ZhejiangRules(LocalDate organisationDeadline, int ledgerWeight, int organisationWeight, int organisationLatePoints,
                     int workGroupPoints, int pendingRequestPoints, int charterWeight, int termWeight, int instructorWeight,
                     int majorMattersWeight, int excellentFrom, int goodFrom, int qualifiedFrom) {

    ZhejiangRules {
        if (organisationDeadline == null) {
            throw invalid("organisationDeadline is required");
        }
        weight("ledgerWeight", ledgerWeight);
        weight("organisationWeight", organisationWeight);
        weight("charterWeight", charterWeight);
        weight("termWeight", termWeight);
        weight("instructorWeight", instructorWeight);
        weight("majorMattersWeight", majorMattersWeight);
        if (ledgerWeight + organisationWeight + charterWeight + termWeight + instructorWeight == 0) {
            throw invalid("every weight is 0: nothing could be assessed");
        }
        atMost("pendingRequestPoints", pendingRequestPoints, "workGroupPoints", workGroupPoints);
        atMost("workGroupPoints", workGroupPoints, "organisationLatePoints", organisationLatePoints);
        atMost("organisationLatePoints", organisationLatePoints, "organisationWeight", organisationWeight);
        atMost("qualifiedFrom", qualifiedFrom, "goodFrom", goodFrom);
        atMost("goodFrom", goodFrom, "excellentFrom", excellentFrom);
        if (excellentFrom > 100) {
            throw invalid("excellentFrom must be at most 100 %, got " + excellentFrom);
        }
    }

    static ZhejiangRules from(ZhejiangModule.Config c) {
        LocalDate deadline;
        try {
            deadline = LocalDate.parse(c.organisationDeadline() == null ? "" : c.organisationDeadline().trim());
        } catch (DateTimeParseException e) {
            throw invalid("organisationDeadline must be a date yyyy-MM-dd, got '" + c.organisationDeadline() + "'");
        }
        return new ZhejiangRules(deadline, c.ledgerWeight(), c.organisationWeight(), c.organisationLatePoints(), c.workGroupPoints(),
                c.pendingRequestPoints(), c.charterWeight(), c.termWeight(), c.instructorWeight(), c.majorMattersWeight(), c.excellentFrom(), c.goodFrom(),
                c.qualifiedFrom());
    }

    /** The grade for {@code points} of {@code maxPoints}; band edges compared exactly, each edge included. */
    Grade grade(int points, int maxPoints) {
        long percentTimesMax = 100L * points;
        if (percentTimesMax >= (long) excellentFrom * maxPoints) {
            return Grade.EXCELLENT;
        }
        if (percentTimesMax >= (long) goodFrom * maxPoints) {
            return Grade.GOOD;
        }
        return percentTimesMax >= (long) qualifiedFrom * maxPoints ? Grade.QUALIFIED : Grade.UNQUALIFIED;
    }

    private static void weight(String property, int value) {
        if (value < 0 || value > 100) {
            throw invalid(property + " must be 0 to 100 points, got " + value);
        }
    }

    private static void atMost(String property, int value, String limitName, int limit) {
        if (value < 0 || value > limit) {
            throw invalid(property + " must be 0 to " + limitName + " (" + limit + "), got " + value);
        }
    }

    private static IllegalArgumentException invalid(String message) {
        return new IllegalArgumentException("configuration " + ZhejiangModule.PID + ": " + message);
    }
}
