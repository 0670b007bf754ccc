/**
 * Plain JDBC for the contexts that keep their tables without JPA: one transaction per call, positional parameters
 * with java.time mapped to SQL, a lost race on a unique key answered as a version conflict. Since 1.2.0
 * {@link org.castpb.api.sql.Transactions}, a unit of work on one connection for those that write their own statements.
 */
@Export
@Version("1.2.0")
package org.castpb.api.sql;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
