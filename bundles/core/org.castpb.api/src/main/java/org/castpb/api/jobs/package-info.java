/**
 * Scheduled work run once across the nodes of one castpb instance: several Karaf nodes on one database each keep
 * their timers, and {@link org.castpb.api.jobs.JobRuns} lets one of them do a job while the others pass.
 * {@link org.castpb.api.jobs.JobService} (1.1.0) shows the instance's administrators what the nodes did.
 */
@Export
@Version("1.1.0")
package org.castpb.api.jobs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
