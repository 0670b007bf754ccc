/**
 * castpb's login defences, one implementation shared by every door that checks a password (REST, SOAP, the ssh console):
 * {@link org.castpb.security.LoginGuard} throttles failed logins per account and per address and remembers
 * recent successful ones, so the slow password hash is not computed on every request.
 */
@Export
@Version("1.1.0")
package org.castpb.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
