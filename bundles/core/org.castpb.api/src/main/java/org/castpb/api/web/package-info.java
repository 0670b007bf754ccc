/**
 * castpb's web console sessions: a browser signed in through the console's form carries a session cookie, and
 * the REST door resolves it through {@link org.castpb.api.web.WebSessions} when a request has no HTTP Basic
 * credentials, checking the session's CSRF token on every change.
 */
@Export
@Version("1.0.0")
package org.castpb.api.web;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
