package org.castpb.accounts.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.castpb.api.Actor;
import org.castpb.api.Scope;
import org.castpb.api.SocietyRowsRemover;
import org.castpb.api.account.Account;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/**
 * Takes societies being removed out of every account that names them (a secretary's societies, societies granted
 * beside a region), each change audited as the platform's: an account never names a society that no longer exists,
 * and a secretary left with none reaches nothing.
 */
@Component(service = SocietyRowsRemover.class)
public class AccountRowsRemover implements SocietyRowsRemover {

    static final String CHANGE = "SOCIETY_REMOVED";

    @Activate
    public AccountRowsRemover(@Reference(target = "(osgi.condition.id=castpb.schema.accounts)") Condition schemaIsReady) {
    }

    @Override
    public Map<String, Integer> removeSocieties(Connection c, List<Long> societyIds) throws SQLException {
        Set<Long> removed = new HashSet<>(societyIds);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int changed = 0;
        for (String userName : AccountStore.naming(c, societyIds)) {
            Optional<Account> found = AccountStore.find(c, userName);
            if (found.isEmpty()) {
                continue;
            }
            Account before = found.get();
            Set<Long> kept = new HashSet<>(before.scope().societyIds());
            kept.removeAll(removed);
            Account after = new Account(userName, before.role(), new Scope(false, before.scope().regionPrefix(), kept),
                    before.disabled(), before.version() + 1, before.createdAt(), before.createdBy(), now, Actor.SYSTEM.name());
            if (!AccountStore.update(c, after, before.version())) {
                throw new SQLException("the account " + userName + " changed while its societies were being removed");
            }
            AccountStore.audit(c, now, Actor.SYSTEM.name(), userName, CHANGE, before, after);
            changed++;
        }
        return Map.of("ACCOUNT", changed);
    }
}
