/**
 * The castpb plugin SPI. A plugin is a bundle that registers {@link org.castpb.spi.EvaluationModule} or
 * {@link org.castpb.spi.FundingScheme} services, with the service properties named by their constants; castpb
 * binds them dynamically when the plugin's feature is installed and lets go of them when it is removed.
 * <p>
 * Semantic versioning: a plugin imports this package with the range {@code [1.0,2)}. Additions that plugins need
 * not implement raise the minor version; anything that could break a plugin raises the major version, and the
 * build's baseline check refuses such a change without it.
 */
@Export
@Version("1.0.0")
package org.castpb.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
