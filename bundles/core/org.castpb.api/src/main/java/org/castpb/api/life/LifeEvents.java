package org.castpb.api.life;

/**
 * The OSGi EventAdmin events of organisational life. An alert opened by the daily run is posted on
 * {@link #ALERT_TOPIC} with the properties named here; a plugin delivering alerts (mail, SMS) subscribes to the topic.
 */
public final class LifeEvents {

    /** Topic of an alert opened. */
    public static final String ALERT_TOPIC = "org/castpb/life/ALERT";
    /** The alert's id (Long). */
    public static final String ALERT_ID = "alertId";
    /** Its {@link AlertKind} name (String). */
    public static final String KIND = "kind";
    /** The organisation's id (Long) and name (String). */
    public static final String ORGANISATION_ID = "organisationId";
    public static final String ORGANISATION_NAME = "organisationName";
    /** The ids of the societies the organisation covers (long[]). */
    public static final String SOCIETY_IDS = "societyIds";
    /** The meeting type's name (String), for MEETING_OVERDUE. */
    public static final String MEETING_TYPE = "meetingType";
    /** The period's first and last day, ISO text (String), for MEETING_OVERDUE. */
    public static final String PERIOD_FROM = "periodFrom";
    public static final String PERIOD_TO = "periodTo";
    /** The member's id (Long), for UNQUALIFIED_CANDIDATE. */
    public static final String MEMBER_ID = "memberId";
    /** The alert's sentence (String). */
    public static final String MESSAGE = "message";
    /** The day it was opened, ISO text (String). */
    public static final String OPENED_ON = "openedOn";

    private LifeEvents() {
    }
}
