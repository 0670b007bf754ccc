/**
 * Organisational life (组织生活) of the party organisations: the "three meetings and one lecture" (三会一课),
 * organisational life meetings and democratic life meetings with their attendance, and compliance with the versioned,
 * dated rule set of how often each is due: per organisation what was due, held and missing in a period, per member the
 * attendance rate and consecutive absences, and the alerts a daily run opens for what is overdue (also posted as OSGi
 * events on {@link LifeEvents#ALERT_TOPIC} for plugins that deliver them). 1.1.0: the compliance report as an Excel
 * workbook ({@link ComplianceService#exportXlsx}), and {@link MeetingLoader} for past meetings with their recording day.
 */
@Export
@Version("1.1.0")
package org.castpb.api.life;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
