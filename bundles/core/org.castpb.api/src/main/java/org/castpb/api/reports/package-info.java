/**
 * Regular work reports (2016 opinions, art. 10): each society party organisation reports its work to the party
 * committee above it on a schedule per level, and is reviewed with comments and a grade; missing and late reports
 * are listed.
 */
@Export
@Version("1.0.0")
package org.castpb.api.reports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
