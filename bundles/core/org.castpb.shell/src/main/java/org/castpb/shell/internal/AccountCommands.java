package org.castpb.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.account.AccessLog;
import org.castpb.api.account.AccessRefusal;
import org.castpb.api.account.Account;
import org.castpb.api.account.AccountDraft;
import org.castpb.api.account.AccountService;

/** The console's account commands: account:list, add, set, disable, enable, password and access-log. */
final class AccountCommands {

    private AccountCommands() {
    }

    static void print(Account a) {
        ConsoleTable table = new ConsoleTable("User", "Role", "Scope", "Disabled", "Version");
        table.addRow(a.userName(), a.role(), a.scope(), a.disabled() ? "yes" : "no", a.version());
        table.print(System.out);
    }

    /** The role and scope options of a grant, shared by account:add and account:set. */
    abstract static class GrantCommand extends CastpbCommand {
        @Option(name = "--role", description = "national-admin, local-admin, society-secretary or viewer", required = true)
        String role;

        @Option(name = "--region", description = "GB/T 2260 region prefix of a local-admin or viewer, e.g. 33 or 3301")
        String region;

        @Option(name = "--society", description = "a society of a secretary (or granted in addition), by id", multiValued = true)
        List<Long> societies;

        AccountDraft draft(String user, String password) {
            return new AccountDraft(user, role, region, societies, password);
        }
    }

    @Service
    @Command(scope = "account", name = "list", description = "Lists the accounts you manage: their role and scope")
    public static class ListAccounts extends CastpbCommand {
        @Reference
        AccountService accounts;

        @Override
        protected Object run() {
            ConsoleTable table = new ConsoleTable("User", "Role", "Scope", "Disabled", "Version");
            List<Account> all = accounts.list(ShellActors.current());
            all.forEach(a -> table.addRow(a.userName(), a.role(), a.scope(), a.disabled() ? "yes" : "no", a.version()));
            table.print(System.out);
            System.out.println(all.size() + " accounts");
            return null;
        }
    }

    @Service
    @Command(scope = "account", name = "add", description = "Creates an account and its realm user")
    public static class AddAccount extends GrantCommand {
        @Reference
        AccountService accounts;

        @Argument(index = 0, name = "user", description = "the realm user name", required = true)
        String user;

        @Argument(index = 1, name = "password", description = "the initial password (at least 8 characters)", required = true)
        String password;

        @Override
        protected Object run() {
            print(accounts.create(ShellActors.current(), draft(user, password)));
            return null;
        }
    }

    @Service
    @Command(scope = "account", name = "set", description = "Changes an account's role and scope")
    public static class SetAccount extends GrantCommand {
        @Reference
        AccountService accounts;

        @Argument(index = 0, name = "user", description = "the realm user name", required = true)
        String user;

        @Override
        protected Object run() {
            Account now = accounts.get(ShellActors.current(), user);
            print(accounts.change(ShellActors.current(), user, now.version(), draft(user, null)));
            return null;
        }
    }

    @Service
    @Command(scope = "account", name = "disable", description = "Disables an account (or enables it again with --enable)")
    public static class DisableAccount extends CastpbCommand {
        @Reference
        AccountService accounts;

        @Option(name = "--enable", description = "enable the account again")
        boolean enable;

        @Argument(index = 0, name = "user", description = "the realm user name", required = true)
        String user;

        @Override
        protected Object run() {
            Account now = accounts.get(ShellActors.current(), user);
            print(accounts.setDisabled(ShellActors.current(), user, now.version(), !enable));
            return null;
        }
    }

    @Service
    @Command(scope = "account", name = "password", description = "Sets or resets an account's password in the realm")
    public static class SetPassword extends CastpbCommand {
        @Reference
        AccountService accounts;

        @Argument(index = 0, name = "user", description = "the realm user name", required = true)
        String user;

        @Argument(index = 1, name = "password", description = "the new password (at least 8 characters)", required = true)
        String password;

        @Override
        protected Object run() {
            accounts.setPassword(ShellActors.current(), user, password);
            System.out.println("Password of " + user + " set");
            return null;
        }
    }

    @Service
    @Command(scope = "account", name = "access-log", description = "Shows refused accesses, newest first")
    public static class ShowAccessLog extends CastpbCommand {
        @Reference
        AccessLog accessLog;

        @Option(name = "--limit", description = "how many (1-500)")
        int limit = 50;

        @Override
        protected Object run() {
            ConsoleTable table = new ConsoleTable("When", "User", "Door", "What", "Address", "Code");
            for (AccessRefusal r : accessLog.recent(ShellActors.current(), 0, limit)) {
                table.addRow(Texts.time(r.at()), r.userName(), r.door(), r.what(), r.address(), r.code());
            }
            table.print(System.out);
            return null;
        }
    }
}
