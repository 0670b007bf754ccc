/**
 * Evaluation campaigns (annual inspection, assessment, comprehensive evaluation) and the funding allocated from
 * their results: what the doors show of the evaluation engine and what plugins receive and return.
 */
@Export
@Version("2.2.0")
package org.castpb.api.evaluation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
