/**
 * Major matters (三重一大) of the societies: the party organisation's opinion before the society decides, and the
 * breaches when it decides without an earlier opinion or against a disagreeing one; amount thresholds from versioned,
 * dated rule sets.
 */
@Export
@Version("1.0.0")
package org.castpb.api.matters;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
