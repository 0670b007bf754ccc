package org.castpb.plugin.evaluation.national.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.castpb.api.evaluation.Grade;

/**
 * The national standard's configuration, checked. Component names are the configuration's property names, so every
 * refusal names the property to fix.
 */
record NationalRules(LocalDate organisationDeadline, int ledgerWeight, int organisationWeight, int organisationLatePoints,
                     int workCoveragePoints, int pendingRequestPoints, int charterWeight, int termWeight,
                     int organisationalLifeWeight, int excellentFrom, int goodFrom, int qualifiedFrom) {

    NationalRules {
        if (organisationDeadline == null) {
            throw invalid("organisationDeadline is required");
        }
        weight("ledgerWeight", ledgerWeight);
        weight("organisationWeight", organisationWeight);
        weight("charterWeight", charterWeight);
        weight("termWeight", termWeight);
        weight("organisationalLifeWeight", organisationalLifeWeight);
        atMost("pendingRequestPoints", pendingRequestPoints, "workCoveragePoints", workCoveragePoints);
        atMost("workCoveragePoints", workCoveragePoints, "organisationLatePoints", organisationLatePoints);
        atMost("organisationLatePoints", organisationLatePoints, "organisationWeight", organisationWeight);
        if (ledgerWeight + organisationWeight + charterWeight + termWeight == 0) {
            throw invalid("ledgerWeight, organisationWeight, charterWeight and termWeight are all 0: nothing could be assessed");
        }
        atMost("qualifiedFrom", qualifiedFrom, "goodFrom", goodFrom);
        atMost("goodFrom", goodFrom, "excellentFrom", excellentFrom);
        if (excellentFrom > 100) {
            throw invalid("excellentFrom must be at most 100 %, got " + excellentFrom);
        }
    }

    static NationalRules from(NationalModule.Config c) {
        return new NationalRules(date("organisationDeadline", c.organisationDeadline()), c.ledgerWeight(), c.organisationWeight(),
                c.organisationLatePoints(), c.workCoveragePoints(), c.pendingRequestPoints(), c.charterWeight(), c.termWeight(),
                c.organisationalLifeWeight(), c.excellentFrom(), c.goodFrom(), c.qualifiedFrom());
    }

    /** The grade for {@code points} of {@code maxPoints}, compared as exact fractions (no rounding at a band's edge). */
    Grade grade(int points, int maxPoints) {
        long percentTimesMax = 100L * points;
        if (percentTimesMax >= (long) excellentFrom * maxPoints) {
            return Grade.EXCELLENT;
        }
        if (percentTimesMax >= (long) goodFrom * maxPoints) {
            return Grade.GOOD;
        }
        if (percentTimesMax >= (long) qualifiedFrom * maxPoints) {
            return Grade.QUALIFIED;
        }
        return Grade.UNQUALIFIED;
    }

    private static LocalDate date(String property, String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(property + " must be a date yyyy-MM-dd, got '" + value + "'");
        }
    }

    private static void weight(String property, int value) {
        if (value < 0 || value > 100) {
            throw invalid(property + " must be 0 to 100 points, got " + value);
        }
    }

    private static void atMost(String property, int value, String limitProperty, int limit) {
        if (value < 0 || value > limit) {
            throw invalid(property + " must be 0 to " + limitProperty + " (" + limit + "), got " + value);
        }
    }

    private static IllegalArgumentException invalid(String message) {
        return new IllegalArgumentException("configuration " + NationalModule.PID + ": " + message);
    }
}
