package org.castpb.api.coverage;

/**
 * One finding of an admission check.
 *
 * @param code    stable code, one of the {@code AdmissionService} constants
 * @param met     whether this condition is satisfied
 * @param message a sentence for people naming what was found or what is missing
 */
public record AdmissionReason(String code, boolean met, String message) {
}
