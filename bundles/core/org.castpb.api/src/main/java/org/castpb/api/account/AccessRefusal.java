package org.castpb.api.account;

import java.time.Instant;

/**
 * One refused access: who, what, when and from which address, and the code it was refused with.
 * No password, token or personal data: the user name as the caller gave it, and the operation.
 *
 * @param at       when
 * @param userName who asked (as authenticated, or as given in a failed login; null when none was given)
 * @param door     REST, SOAP or SHELL
 * @param what     the operation, e.g. {@code PUT /v1/societies/7}, a SOAP operation or a console command
 * @param address  the caller's address (the console's session address, or "local")
 * @param code     the refusal's code, e.g. UNAUTHORIZED, ACCOUNT_DISABLED, FORBIDDEN, OUT_OF_SCOPE
 */
public record AccessRefusal(Instant at, String userName, String door, String what, String address, String code) {
}
