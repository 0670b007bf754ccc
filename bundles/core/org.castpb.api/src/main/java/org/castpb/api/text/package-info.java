/**
 * The words people read for castpb's enumerations, in Chinese and English: written in exports, shown in pages and
 * accepted (beside the English constant names) in imports, so one value has one label everywhere. Since 1.1.0 also
 * the reader's language ({@link org.castpb.api.text.Languages}), the labels of record fields
 * ({@link org.castpb.api.text.FieldLabels}) and refusals rendered from their codes
 * ({@link org.castpb.api.text.ErrorTexts}). Since 1.2.0 a plugin's texts in both languages from its own message
 * bundles ({@link org.castpb.api.text.Bilingual}). Since 1.3.0 a door's own sentences filled as refusals are
 * ({@link org.castpb.api.text.ErrorTexts#fill}).
 */
@Export
@Version("1.3.0")
package org.castpb.api.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
