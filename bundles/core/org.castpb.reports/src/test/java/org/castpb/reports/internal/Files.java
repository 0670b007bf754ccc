package org.castpb.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, made in the test as the real programs would start them. */
final class Files {

    private Files() {
    }

    static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] docx() {
        return zip("word/document.xml", "<w:document/>");
    }

    /** A zip that is no Word document (an .xlsx, say). */
    static byte[] xlsx() {
        return zip("xl/workbook.xml", "<workbook/>");
    }

    static byte[] doc() {
        byte[] b = new byte[512];
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(ole2, 0, b, 0, ole2.length);
        return b;
    }

    /** A Windows executable's start. */
    static byte[] exe() {
        byte[] b = new byte[128];
        b[0] = 'M';
        b[1] = 'Z';
        return b;
    }

    private static byte[] zip(String entry, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
