package org.castpb.api.federation;

import java.time.Instant;

/**
 * A child instance as its parent registered it: only a registered child's reports are accepted, and a registered
 * child that has not reported is listed as overdue.
 *
 * @param instanceId   the child's id, as it names itself in {@code etc/org.castpb.instance.cfg}
 * @param level        PROVINCIAL or MUNICIPAL
 * @param regionCode   its region (GB/T 2260, six digits): its reports must name this region
 * @param displayName  its name
 * @param registeredAt when it was registered
 * @param registeredBy who registered it
 */
public record ChildRegistration(String instanceId, InstanceLevel level, String regionCode, String displayName,
                                Instant registeredAt, String registeredBy) {
}
