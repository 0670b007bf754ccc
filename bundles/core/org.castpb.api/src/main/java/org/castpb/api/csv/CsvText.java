package org.castpb.api.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.castpb.api.FieldError;
import org.castpb.api.ValidationException;

/**
 * Reads RFC 4180 CSV in UTF-8, strict about what it accepts: a file that is not UTF-8 text, is too large or has an
 * unterminated quote is refused as a whole ({@link ValidationException} on field {@code file}), with the line at fault.
 * Every castpb import reads its files through it; {@link CsvCells} writes them.
 */
public final class CsvText {

    /** One parsed record and the line of the file it starts on (1-based). */
    public record Row(int line, List<String> cells) {
    }

    private CsvText() {
    }

    /**
     * Reads at most {@code maxBytes} and parses them; a UTF-8 byte-order mark is skipped. {@code rowWord} names what a
     * row holds ("society", "member") in the refusal of an empty file.
     */
    public static List<Row> read(InputStream in, long maxBytes, String rowWord) {
        byte[] bytes = readAll(in, maxBytes, rowWord);
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw fileError("NOT_CSV", "this is a zip or Excel (.xlsx) file, not CSV: save the sheet as \"CSV UTF-8\" and send that");
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw fileError("NOT_CSV", "the file holds binary data (NUL characters), not CSV text");
        }
        return parse(text);
    }

    /** Parses CSV text into its non-blank records. */
    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        int quoteStart = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0 && !afterQuote) {
                quoted = true;
                quoteStart = line;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
                addUnlessBlank(rows, rowStart, cells);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else if (afterQuote) {
                throw fileError("NOT_CSV", "line " + line + ": text after a closing quote; a quote inside a quoted cell is written twice (\"\")");
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw fileError("NOT_CSV", "a quoted cell opened on line " + quoteStart + " is never closed");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            addUnlessBlank(rows, rowStart, cells);
        }
        return rows;
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> cells) {
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
            rows.add(new Row(line, cells));
        }
    }

    private static byte[] readAll(InputStream in, long maxBytes, String rowWord) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw fileError("FILE_TOO_LARGE", "the file is larger than the limit of " + maxBytes / (1024 * 1024)
                        + " MB; split it into several files");
            }
            if (bytes.length == 0) {
                throw fileError("EMPTY_FILE", "the file is empty: it needs a header row and at least one " + rowWord);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            CharBuffer chars = decoder.decode(buffer);
            return chars.toString();
        } catch (CharacterCodingException e) {
            int bad = badOffset(bytes);
            int line = 1;
            for (int i = 0; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw fileError("NOT_UTF8", "the file is not UTF-8 text (first invalid byte on line " + line
                    + "); it may be GBK: save it as \"CSV UTF-8\"");
        }
    }

    /** Offset of the first byte that does not start a valid UTF-8 sequence. */
    private static int badOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    /** A refusal of the file as a whole: field {@code file}, the code and the message. */
    public static ValidationException fileError(String code, String message) {
        return new ValidationException(new FieldError("file", code, message));
    }
}
