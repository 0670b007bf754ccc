package org.castpb.soap.internal.account;

import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import org.castpb.soap.internal.AuditEntryXml;

/**
 * The SOAP contract for accounts: the same operations and rules as {@code /api/v1/accounts} and
 * {@code /api/v1/access-log}. An administrator manages the accounts of their own scope and below; a grant beyond
 * it is the fault GRANT_EXCEEDS_OWN, a bad role, region or society VALIDATION_FAILED naming each field (UNKNOWN_ROLE,
 * UNKNOWN_REGION, UNKNOWN_SOCIETY, SCOPE_NOT_FOR_ROLE, TOO_SHORT). Names here are part of the published WSDL: do not rename.
 */
@WebService(name = "AccountPort", targetNamespace = AccountPort.NS)
public interface AccountPort {

    String NS = "http://castpb.org/soap/account/1";

    /** The accounts the caller manages, by user name. */
    @WebMethod
    @WebResult(name = "account")
    List<AccountXml> listAccounts() throws AccountFault;

    /** One account the caller manages; any other is NOT_FOUND. */
    @WebMethod
    @WebResult(name = "account")
    AccountXml getAccount(@WebParam(name = "userName") String userName) throws AccountFault;

    /** Creates an account (and the realm user with its password when the realm has none of that name). */
    @WebMethod
    @WebResult(name = "account")
    AccountXml createAccount(@WebParam(name = "account") AccountDraftXml account) throws AccountFault;

    /** Changes an account's role and scope; {@code version} is the one read (VERSION_CONFLICT otherwise). */
    @WebMethod
    @WebResult(name = "account")
    AccountXml changeAccount(@WebParam(name = "userName") String userName, @WebParam(name = "version") long version,
                             @WebParam(name = "account") AccountDraftXml account) throws AccountFault;

    /** Disables an account: its user is refused at once by every door (ACCOUNT_DISABLED). */
    @WebMethod
    @WebResult(name = "account")
    AccountXml disableAccount(@WebParam(name = "userName") String userName, @WebParam(name = "version") long version)
            throws AccountFault;

    /** Enables a disabled account again. */
    @WebMethod
    @WebResult(name = "account")
    AccountXml enableAccount(@WebParam(name = "userName") String userName, @WebParam(name = "version") long version)
            throws AccountFault;

    /** Sets or resets the password of the account's realm user (at least 8 characters; never stored by castpb). */
    @WebMethod
    void setPassword(@WebParam(name = "userName") String userName, @WebParam(name = "password") String password)
            throws AccountFault;

    /** Every change of an account, oldest first, by whom. */
    @WebMethod
    @WebResult(name = "entry")
    List<AuditEntryXml> getAccountHistory(@WebParam(name = "userName") String userName) throws AccountFault;

    /** Refused accesses, newest first: all for a national administrator, those of the accounts it manages for a region's. */
    @WebMethod
    @WebResult(name = "refusal")
    List<AccessRefusalXml> listAccessLog(@WebParam(name = "offset") Integer offset, @WebParam(name = "limit") Integer limit)
            throws AccountFault;
}
