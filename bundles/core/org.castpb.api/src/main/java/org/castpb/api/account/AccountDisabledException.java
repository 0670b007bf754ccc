package org.castpb.api.account;

import org.castpb.api.CastpbException;

/** The user authenticated, but its castpb account is disabled: refused as unauthenticated (401). */
public class AccountDisabledException extends CastpbException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "ACCOUNT_DISABLED";

    public AccountDisabledException(String userName) {
        super(CODE, "the account " + userName + " is disabled", userName);
    }
}
