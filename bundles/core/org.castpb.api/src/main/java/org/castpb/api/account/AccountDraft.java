package org.castpb.api.account;

import java.util.List;

/**
 * What an administrator asks for when creating or changing an account. Nothing is validated here:
 * {@link AccountService} checks every field and names the bad ones.
 *
 * @param userName     the realm user name (creation only; ignored on a change)
 * @param role         national-admin, local-admin, society-secretary or viewer
 * @param regionPrefix a GB/T 2260 prefix ({@code 33}, {@code 3301}) for a local administrator or a viewer
 * @param societyIds   the societies of a secretary, or societies granted in addition to a region
 * @param password     the initial password (creation only; never stored by castpb, only handed to the realm)
 */
public record AccountDraft(String userName, String role, String regionPrefix, List<Long> societyIds, String password) {

    public AccountDraft {
        societyIds = societyIds == null ? List.of() : List.copyOf(societyIds);
    }

    @Override
    public String toString() {
        // never the password: drafts end up in log lines and error messages
        return "AccountDraft[userName=" + userName + ", role=" + role + ", regionPrefix=" + regionPrefix
                + ", societyIds=" + societyIds + "]";
    }
}
