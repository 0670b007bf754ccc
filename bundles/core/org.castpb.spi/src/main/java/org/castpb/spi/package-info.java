/**
 * The castpb plugin SPI. A plugin is a bundle that registers {@link org.castpb.spi.EvaluationModule} or
 * {@link org.castpb.spi.FundingScheme} services (and since 1.1.0 {@link org.castpb.spi.AllowanceScheme} services), with the service properties named by their constants; castpb
 * binds them dynamically when the plugin's feature is installed and lets go of them when it is removed.
 * <p>
 * Semantic versioning: a plugin imports this package with the range {@code [1.0,2)}. Additions that plugins need
 * not implement raise the minor version; anything that could break a plugin raises the major version, and the
 * build's baseline check refuses such a change without it. 1.1.0 added {@link org.castpb.spi.AllowanceScheme},
 * {@link org.castpb.spi.EvaluationContext#partyWorkBudget()} and the organisational-life reads of
 * {@link org.castpb.spi.EvaluationContext} (meetings, democratic appraisal, major matters), as default methods.
 * 1.2.0 added a veto reason in English and Chinese ({@link org.castpb.spi.Evaluation#vetoed(java.util.List,
 * org.castpb.api.text.Bilingual)}, {@link org.castpb.spi.Evaluation#vetoReasonTranslations()}); a module that words
 * its veto in one language only, built against 1.0 or 1.1, keeps working and is quoted as it wrote it.
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
@Version("1.2.0")
package org.castpb.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
