/**
 * The words people read for castpb's enumerations, in Chinese and English: written in exports, shown in pages and
 * accepted (beside the English constant names) in imports, so one value has one label everywhere.
 */
@Export
@Version("1.0.0")
package org.castpb.api.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
