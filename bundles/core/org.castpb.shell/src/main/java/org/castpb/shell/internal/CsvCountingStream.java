package org.castpb.shell.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes CSV bytes through, counting them and the records they end. A line break inside a
 * quoted cell is part of the cell, not the end of a record; UTF-8 never uses the bytes of
 * {@code "} or a line feed inside a multi-byte character, so counting bytes is safe.
 */
final class CsvCountingStream extends FilterOutputStream {

    private long bytes;
    private long records;
    private boolean quoted;

    CsvCountingStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        count((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        for (int i = off; i < off + len; i++) {
            count(b[i]);
        }
    }

    private void count(byte b) {
        bytes++;
        if (b == '"') {
            quoted = !quoted;
        } else if (b == '\n' && !quoted) {
            records++;
        }
    }

    long bytes() {
        return bytes;
    }

    /** Records ended so far, the header row included. */
    long records() {
        return records;
    }
}
