/**
 * Party members (党员) of the societies' party organisations: the registry with its history, the personal data
 * rules (citizen ID and phone masked except in an explicit, logged read), single affiliation with multiple
 * participation, and the transfers of members' organisational relationships (组织关系接转) with their overdue queue.
 */
@Export
@Version("1.1.0")
package org.castpb.api.members;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
