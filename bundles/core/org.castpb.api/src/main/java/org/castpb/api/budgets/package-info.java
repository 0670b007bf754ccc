/**
 * Party-work budgets (2016 opinions, art. 11): each society lists party-work funding in its management costs and
 * provides rooms and facilities; per society and year the budget line, the spending by category and the facilities,
 * and the societies without a budget line; the budget sheet of a year (1.1).
 */
@Export
@Version("1.1.0")
package org.castpb.api.budgets;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
