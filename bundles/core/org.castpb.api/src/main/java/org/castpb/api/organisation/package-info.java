/**
 * Party organisations (党组织) of the societies: the organisations themselves with their dated history,
 * the rule checks drawn from versioned rule sets, establishment requests (报批) and the liaison
 * officers and instructors dispatched to societies.
 */
@Export
@Version("2.0.0")
package org.castpb.api.organisation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
