package org.castpb.api.members;

/** Where a member's record stands: 在册, 转接中, 已转出, 已去世, 已除名/出党. */
public enum MemberStatus {
    ACTIVE,
    /** A transfer out is pending: the origin keeps the member in view until the receiving side confirms. */
    IN_TRANSFER,
    TRANSFERRED_OUT,
    DECEASED,
    REMOVED;

    /** Whether the member is still on the organisation's roll (active or in transfer). */
    public boolean onRoll() {
        return this == ACTIVE || this == IN_TRANSFER;
    }
}
