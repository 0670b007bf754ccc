package org.castpb.rest.internal;

import java.util.List;
import org.castpb.api.FieldError;

/** What a sheet endpoint answers, from {@code format}: JSON (the default), a CSV sheet or an Excel workbook. */
enum SheetFormat {
    JSON,
    CSV,
    XLSX;

    /** The format asked for; anything but json, csv or xlsx is named as an error. */
    static SheetFormat of(List<FieldError> errors, String format) {
        String f = format == null ? "" : format.strip();
        for (SheetFormat known : values()) {
            if (known.name().equalsIgnoreCase(f)) {
                return known;
            }
        }
        if (!f.isEmpty()) {
            errors.add(new FieldError("format", "INVALID_VALUE", "format is json, csv or xlsx, got '" + format + "'"));
        }
        return JSON;
    }
}
