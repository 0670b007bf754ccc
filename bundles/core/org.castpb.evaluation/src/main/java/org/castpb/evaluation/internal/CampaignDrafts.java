package org.castpb.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongFunction;
import org.castpb.api.FieldError;
import org.castpb.api.ValidationException;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignDraft;

/** Checks a campaign draft and fills in its defaults. */
final class CampaignDrafts {

    static final int FIRST_YEAR = 2016;
    static final int MAX_TITLE = 200;

    private CampaignDrafts() {
    }

    /**
     * The draft with title, day and region prefix settled; every problem is reported at once. {@code campaigns}
     * finds the campaign a correction names, null when there is none.
     */
    static CampaignDraft settle(CampaignDraft d, LocalDate today, LongFunction<Campaign> campaigns) {
        if (d == null) {
            throw new ValidationException(new FieldError("campaign", "REQUIRED", "a campaign (year and kind) is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        int lastYear = today.getYear() + 1;
        if (d.year() == null) {
            errors.add(new FieldError("year", "REQUIRED", "the year evaluated is required"));
        } else if (d.year() < FIRST_YEAR || d.year() > lastYear) {
            errors.add(new FieldError("year", "OUT_OF_RANGE", "the year must be from " + FIRST_YEAR + " to " + lastYear
                    + ", not " + d.year()));
        }
        if (d.kind() == null) {
            errors.add(new FieldError("kind", "REQUIRED", "the kind is required: ANNUAL_INSPECTION, ASSESSMENT or COMPREHENSIVE"));
        }
        if (d.title() != null && d.title().strip().length() > MAX_TITLE) {
            errors.add(new FieldError("title", "TOO_LONG", "the title is longer than " + MAX_TITLE + " characters"));
        }
        if (d.asOf() != null && d.year() != null && (d.asOf().getYear() < d.year() || d.asOf().getYear() > d.year() + 1)) {
            errors.add(new FieldError("asOf", "OUT_OF_RANGE", "the day evaluated must fall in " + d.year() + " or "
                    + (d.year() + 1) + ", not " + d.asOf()));
        }
        corrected(d, campaigns, errors);
        String prefix = null;
        try {
            prefix = Regions.prefix(d.regionPrefix());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("regionPrefix", "INVALID", e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String title = d.title() == null || d.title().isBlank()
                ? d.year() + " " + d.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (prefix.isEmpty() ? "" : " (region " + prefix + ")")
                        + (d.correctsCampaignId() == null ? "" : ", correcting campaign " + d.correctsCampaignId())
                : d.title().strip();
        LocalDate asOf = d.asOf() == null ? LocalDate.of(d.year(), 12, 31) : d.asOf();
        return new CampaignDraft(d.year(), d.kind(), title, asOf, prefix, d.correctsCampaignId());
    }

    /** A correction names a campaign that exists and evaluates the same year and kind. */
    private static void corrected(CampaignDraft d, LongFunction<Campaign> campaigns, List<FieldError> errors) {
        if (d.correctsCampaignId() == null) {
            return;
        }
        Campaign corrected = campaigns.apply(d.correctsCampaignId());
        if (corrected == null) {
            errors.add(new FieldError("correctsCampaignId", "UNKNOWN_CAMPAIGN", "there is no campaign "
                    + d.correctsCampaignId() + " to correct"));
        } else if (!Objects.equals(d.year(), corrected.year()) || d.kind() != corrected.kind()) {
            errors.add(new FieldError("correctsCampaignId", "INCONSISTENT", "campaign " + corrected.id() + " evaluates "
                    + corrected.kind() + " " + corrected.year() + "; its correction must evaluate the same year and kind"));
        }
    }
}
