/**
 * Party affairs workers (党务工作者) of the societies, articles 9 and 12 of the 2016 opinions: the roster per society
 * (full- or part-time), their training against a yearly hours target from a versioned rule set, the job changes of
 * full-time workers that must be reported within a set number of days, the yearly assessment grade, allowances paid
 * by an {@code AllowanceScheme} plugin within a budget, and commendations.
 */
@Export
@Version("1.0.0")
package org.castpb.api.workers;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
