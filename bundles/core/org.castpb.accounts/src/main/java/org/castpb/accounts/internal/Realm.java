package org.castpb.accounts.internal;

/** The users of the JAAS realm castpb authenticates against, as far as accounts change them. */
interface Realm {

    /** Whether the realm knows the user. */
    boolean exists(String userName);

    /** Adds a user with this password. */
    void addUser(String userName, String password);

    /** Removes a user (to undo an addition whose account could not be recorded). */
    void deleteUser(String userName);

    /** Replaces the password of a user, keeping its roles and groups. */
    void setPassword(String userName, String password);

    /** Gives the user {@code role} instead of {@code previous} (null: none before). */
    void replaceRole(String userName, String previous, String role);
}
