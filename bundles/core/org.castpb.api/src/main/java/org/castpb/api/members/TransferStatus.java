package org.castpb.api.members;

/** A transfer of a member's organisational relationship: waiting for the receiving side, confirmed, or withdrawn. */
public enum TransferStatus {
    PENDING,
    CONFIRMED,
    CANCELLED
}
