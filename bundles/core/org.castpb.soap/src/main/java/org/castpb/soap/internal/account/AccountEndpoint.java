package org.castpb.soap.internal.account;

import java.util.List;
import java.util.function.Supplier;
import javax.jws.WebService;
import org.castpb.api.account.AccessLog;
import org.castpb.api.account.AccountService;
import org.castpb.soap.internal.AuditEntryXml;
import org.castpb.soap.internal.SoapActors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link AccountPort} onto the account service and the access log: a thin door, the grant rules stay in the service. */
@Component(service = AccountEndpoint.class)
@WebService(serviceName = "AccountService", portName = "AccountPort", targetNamespace = AccountPort.NS,
        endpointInterface = "org.castpb.soap.internal.account.AccountPort")
public class AccountEndpoint implements AccountPort {

    /** The page size of the access log when none is asked for, as over REST. */
    static final int DEFAULT_LIMIT = 50;

    private final AccountService accounts;
    private final AccessLog accessLog;

    @Activate
    public AccountEndpoint(@Reference AccountService accounts, @Reference AccessLog accessLog) {
        this.accounts = accounts;
        this.accessLog = accessLog;
    }

    @Override
    public List<AccountXml> listAccounts() throws AccountFault {
        return call(() -> accounts.list(SoapActors.current()).stream().map(AccountXml::of).toList());
    }

    @Override
    public AccountXml getAccount(String userName) throws AccountFault {
        return call(() -> AccountXml.of(accounts.get(SoapActors.current(), userName)));
    }

    @Override
    public AccountXml createAccount(AccountDraftXml account) throws AccountFault {
        return call(() -> AccountXml.of(accounts.create(SoapActors.current(), account == null ? null : account.toDraft())));
    }

    @Override
    public AccountXml changeAccount(String userName, long version, AccountDraftXml account) throws AccountFault {
        return call(() -> AccountXml.of(accounts.change(SoapActors.current(), userName, version, account == null ? null : account.toDraft())));
    }

    @Override
    public AccountXml disableAccount(String userName, long version) throws AccountFault {
        return call(() -> AccountXml.of(accounts.setDisabled(SoapActors.current(), userName, version, true)));
    }

    @Override
    public AccountXml enableAccount(String userName, long version) throws AccountFault {
        return call(() -> AccountXml.of(accounts.setDisabled(SoapActors.current(), userName, version, false)));
    }

    @Override
    public void setPassword(String userName, String password) throws AccountFault {
        call(() -> {
            accounts.setPassword(SoapActors.current(), userName, password);
            return null;
        });
    }

    @Override
    public List<AuditEntryXml> getAccountHistory(String userName) throws AccountFault {
        return call(() -> AuditEntryXml.of(accounts.history(SoapActors.current(), userName)));
    }

    @Override
    public List<AccessRefusalXml> listAccessLog(Integer offset, Integer limit) throws AccountFault {
        return call(() -> AccessRefusalXml.of(accessLog.recent(SoapActors.current(), offset == null ? 0 : offset,
                limit == null ? DEFAULT_LIMIT : limit)));
    }

    private static <T> T call(Supplier<T> work) throws AccountFault {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw AccountFault.of(e);
        }
    }
}
