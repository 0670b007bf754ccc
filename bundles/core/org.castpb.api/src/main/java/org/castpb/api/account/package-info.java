/**
 * castpb accounts: per realm user name, the role and {@link org.castpb.api.Scope} castpb decides on, managed by
 * administrators within their own scope; the resolution of an authenticated user into an
 * {@link org.castpb.api.Actor}; and the log of refused accesses. Authentication itself stays with the JAAS realm.
 */
@Export
@Version("1.0.0")
package org.castpb.api.account;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
