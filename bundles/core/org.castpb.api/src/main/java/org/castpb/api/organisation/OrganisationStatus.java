package org.castpb.api.organisation;

/** Whether a party organisation still exists; organisations are never deleted. */
public enum OrganisationStatus {
    ACTIVE,
    DISSOLVED
}
