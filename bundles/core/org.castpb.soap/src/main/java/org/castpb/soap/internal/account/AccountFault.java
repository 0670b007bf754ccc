package org.castpb.soap.internal.account;

import javax.xml.ws.WebFault;
import org.castpb.soap.internal.CodedFault;
import org.castpb.soap.internal.Faults;

/**
 * A refusal of the account port, carrying castpb's error code (VALIDATION_FAILED, NOT_FOUND, FORBIDDEN,
 * GRANT_EXCEEDS_OWN, SELF_DISABLE, DUPLICATE_ACCOUNT, VERSION_CONFLICT, ...): its own class so that its detail sits
 * in the account namespace.
 */
@WebFault(name = "castpbFault", targetNamespace = AccountPort.NS)
public class AccountFault extends Exception implements CodedFault {
    private static final long serialVersionUID = 1L;
    private final AccountFaultInfo faultInfo;

    public AccountFault(String message, AccountFaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public AccountFaultInfo getFaultInfo() {
        return faultInfo;
    }

    @Override
    public String faultCode() {
        return faultInfo == null ? null : faultInfo.code;
    }

    /** The one error mapping of the SOAP door ({@link Faults}), in this port's namespace. */
    static AccountFault of(RuntimeException e) {
        AccountFaultInfo info = AccountFaultInfo.of(Faults.info(e));
        return new AccountFault(info.code + ": " + info.message, info);
    }
}
