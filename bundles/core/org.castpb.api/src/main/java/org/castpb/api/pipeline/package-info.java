/**
 * The development of new party members (发展党员) in the societies' party organisations: the pipeline from applicant
 * to formal member with the dated evidence of each step, checked against versioned rule sets whose breaches an
 * approver accepts with a justification, and the organisations' yearly development plans with their progress report.
 */
@Export
@Version("1.0.0")
package org.castpb.api.pipeline;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
