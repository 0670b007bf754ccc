/**
 * Evaluation campaigns (annual inspection, assessment, comprehensive evaluation) and the funding allocated from
 * their results: what the doors show of the evaluation engine and what plugins receive and return. Since 2.3.0 a
 * module's veto reason and an outcome's reasons may carry their words in other languages too
 * ({@link org.castpb.api.evaluation.ModuleResult#vetoReasonTranslations()},
 * {@link org.castpb.api.evaluation.SocietyEvaluation#reasonTranslations()}), read with {@code in(Locale)}.
 */
@Export
@Version("2.3.0")
package org.castpb.api.evaluation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
