/**
 * Scheduled work run once across the nodes of one castpb instance: several Karaf nodes on one database each keep
 * their timers, and {@link org.castpb.api.jobs.JobRuns} lets one of them do a job while the others pass.
 */
@Export
@Version("1.0.0")
package org.castpb.api.jobs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
