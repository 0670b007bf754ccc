/**
 * Plain JDBC for the contexts that keep their tables without JPA: one transaction per call, positional parameters
 * with java.time mapped to SQL, a lost race on a unique key answered as a version conflict.
 */
@Export
@Version("1.1.0")
package org.castpb.api.sql;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
