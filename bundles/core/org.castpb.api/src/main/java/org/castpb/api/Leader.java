package org.castpb.api;

/**
 * One leader of a society.
 *
 * @param name        the leader's name
 * @param role        president, secretary general, ...
 * @param principal   whether this is a principal leader (主要负责人)
 * @param partyMember whether the leader is a party member
 */
public record Leader(String name, LeaderRole role, boolean principal, boolean partyMember) {
}
