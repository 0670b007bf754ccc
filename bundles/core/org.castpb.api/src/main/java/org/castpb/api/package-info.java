/**
 * castpb's public API: immutable records and the services that keep them.
 * REST, SOAP, the shell and plugins all program against these types.
 */
@Export
@Version("2.5.0")
package org.castpb.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
