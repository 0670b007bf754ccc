/**
 * The castpb plugin SPI. A plugin is a bundle that registers {@link org.castpb.spi.EvaluationModule} or
 * {@link org.castpb.spi.FundingScheme} services (and since 1.1.0 {@link org.castpb.spi.AllowanceScheme} services), with the service properties named by their constants; castpb
 * binds them dynamically when the plugin's feature is installed and lets go of them when it is removed.
 * <p>
 * Semantic versioning: a plugin imports this package with the range {@code [1.0,2)}. Additions that plugins need
 * not implement raise the minor version; anything that could break a plugin raises the major version, and the
<<<<<<< HEAD
 * build's baseline check refuses such a change without it. 1.1.0 added {@link org.castpb.spi.AllowanceScheme} and
 * {@link org.castpb.spi.EvaluationContext#partyWorkBudget()}.
=======
 * build's baseline check refuses such a change without it. 1.1 added the organisational-life reads of
 * {@link org.castpb.spi.EvaluationContext} (meetings, democratic appraisal, major matters), as default methods.
>>>>>>> 86c2322 (Evaluation reads organisational life: the SPI's EvaluationContext (org.castpb.spi 1.1.0) gains the campaign's period and, as default methods, the meetings, democratic appraisal rounds and major matters of it, empty where this instance does not record them; the engine fills them from the optional, dynamically bound meeting, appraisal and major-matter services (a missing or failing one is handed over as not recorded); the national standard scores organisational life from them (meetings half, appraisal and opinions first a quarter each, parts not recorded or not due left out of the maximum) and Zhejiang adds its own criterion, the party organisation's opinion before every major matter decided. Tested by OrganisationalLifeTest and MajorMattersCriterionTest)
 * <p>
 * Containment: plugins run inside the server, so castpb calls them on a bounded set of its own threads and
 * watches every call: a time limit, an allocation cap per call, an {@link java.lang.OutOfMemoryError} caught on
 * the plugin's thread, and a plugin that ignores its interruption left with its thread (counted, replaced up to a
 * limit) and not called again while it holds it. A failing plugin is an ERROR result, never a failed campaign or
 * server. What castpb cannot contain is what a plugin does outside its calls (threads it starts, static caches,
 * files, sockets): the contracts of {@link org.castpb.spi.EvaluationModule} and {@link org.castpb.spi.FundingScheme}
 * forbid it.
 */
@Export
@Version("1.1.0")
package org.castpb.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
