/**
 * Democratic appraisal of party members (民主评议党员): a yearly round per party organisation grading each member it
 * appraises, the warning when EXCELLENT exceeds its share, and the unqualified-member cases an UNQUALIFIED grade opens
 * (or an official opens by hand) with their handling steps and result.
 */
@Export
@Version("1.1.0")
package org.castpb.api.appraisal;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
