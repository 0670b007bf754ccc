/**
 * Multi-level deployment: this instance's identity, the reports a local instance sends upward to its parent through
 * an outbox (kept, retried and acknowledged exactly once), and the parent's view of its child instances.
 */
@Export
@Version("1.1.0")
package org.castpb.api.federation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
