package org.castpb.api.pipeline;

/**
 * An approver's acceptance, given with a step, of one rule warning the step raises.
 *
 * @param code          the warning's code
 * @param justification why the step may be taken anyway
 */
public record Acceptance(String code, String justification) {
}
