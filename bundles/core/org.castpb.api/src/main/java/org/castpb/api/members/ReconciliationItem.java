package org.castpb.api.members;

/**
 * One figure of the ledger's party-member section (党员队伍情况) against the member registry.
 *
 * @param field    the ledger field: formalMembers, probationaryMembers, relationshipsHere or relationshipsElsewhere
 * @param label    the field's name for people, Chinese and English
 * @param ledger   the ledger's figure (null when not filled in)
 * @param registry the registry's count
 * @param agrees   whether they are the same
 */
public record ReconciliationItem(String field, String label, Integer ledger, long registry, boolean agrees) {
}
