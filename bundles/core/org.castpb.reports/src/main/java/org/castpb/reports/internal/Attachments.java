package org.castpb.reports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.castpb.api.FieldError;
import org.castpb.api.reports.AttachmentUpload;
import org.castpb.api.reports.WorkReportService;

/**
 * Accepts PDF and Word files by what they are, not what they are called: the name's extension must match the
 * content's signature (PDF {@code %PDF-}; DOCX a zip holding {@code word/document.xml}; DOC an OLE2 compound file),
 * the name must hold no folder, and the size must stay within the limit. A type check, not a virus scan: it keeps
 * executables and scripts renamed to .pdf out.
 */
final class Attachments {

    static final int NAME_MAX = 200;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int ZIP_ENTRIES_MAX = 2000;

    /** The media types by extension. */
    enum Type {
        PDF("application/pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        DOC("application/msword");

        final String mediaType;

        Type(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    private Attachments() {
    }

    /** The problems of each attachment, named {@code attachments[i].fileName} or {@code attachments[i].content}. */
    static List<FieldError> check(List<AttachmentUpload> uploads, long maxBytes, int maxCount) {
        List<FieldError> errors = new ArrayList<>();
        if (uploads.size() > maxCount) {
            errors.add(new FieldError("attachments", "TOO_MANY", uploads.size() + " attachments, at most " + maxCount + " allowed"));
        }
        for (int i = 0; i < uploads.size(); i++) {
            AttachmentUpload upload = uploads.get(i);
            String field = "attachments[" + i + "]";
            String name = upload == null ? null : upload.fileName();
            byte[] content = upload == null ? null : upload.content();
            Type type = null;
            if (name == null || name.isBlank()) {
                errors.add(new FieldError(field + ".fileName", "REQUIRED", "each attachment needs its file name"));
            } else if (hasPath(name)) {
                errors.add(new FieldError(field + ".fileName", WorkReportService.PATH_IN_NAME, "'" + printable(name)
                        + "' holds a folder or drive; give the file's name only"));
            } else if (name.length() > NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
                errors.add(new FieldError(field + ".fileName", "INVALID", "a file name has at most " + NAME_MAX
                        + " characters and no control characters"));
            } else {
                type = byName(name);
                if (type == null) {
                    errors.add(new FieldError(field + ".fileName", WorkReportService.UNSUPPORTED_TYPE, "'" + name
                            + "' is not a PDF or Word file (.pdf, .docx, .doc)"));
                }
            }
            if (content == null || content.length == 0) {
                errors.add(new FieldError(field + ".content", "REQUIRED", "the attachment is empty"));
            } else if (content.length > maxBytes) {
                errors.add(new FieldError(field + ".content", WorkReportService.TOO_LARGE, "the attachment has " + content.length
                        + " bytes, at most " + maxBytes + " allowed"));
            } else if (type != null && byContent(content) != type) {
                Type found = byContent(content);
                errors.add(new FieldError(field + ".content", WorkReportService.TYPE_MISMATCH, "'" + name + "' is named a "
                        + type + " file but its content is " + (found == null ? "neither PDF nor Word" : "a " + found + " file")));
            }
        }
        return errors;
    }

    /** The type a valid name says. */
    static Type byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Type t : Type.values()) {
            if (lower.endsWith("." + t.name().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        return null;
    }

    /** The type the content is, by its signature; null for anything else. */
    static Type byContent(byte[] content) {
        if (startsWith(content, PDF)) {
            return Type.PDF;
        }
        if (startsWith(content, OLE2)) {
            return Type.DOC;
        }
        if (startsWith(content, ZIP) && hasWordDocument(content)) {
            return Type.DOCX;
        }
        return null;
    }

    private static boolean hasWordDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int n = 0; n < ZIP_ENTRIES_MAX && (entry = zip.getNextEntry()) != null; n++) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false; // not a readable zip: not a Word document
        }
        return false;
    }

    private static boolean hasPath(String name) {
        return name.contains("/") || name.contains("\\") || name.contains("..") || name.contains(":");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }
}
