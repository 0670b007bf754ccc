/**
 * Versioned, dated rule sets: the versions of a set of rules, each in force from its effective date until the next
 * one's, and the configuration entries ({@code VERSION EFFECTIVE_FROM [name=value ...]}) that add or replace versions
 * ({@link org.castpb.api.rules.DatedVersions}). The organisation, development, organisational-life and training rules
 * are kept this way.
 */
@Export
@Version("1.0.0")
package org.castpb.api.rules;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
