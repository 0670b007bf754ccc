/**
 * The "two full coverages" (两个全覆盖): organisation coverage and work coverage of the societies in
 * scope as of any date, their breakdowns, the dated targets and the societies still uncovered.
 */
@Export
@Version("3.3.0")
package org.castpb.api.coverage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
