package org.entente.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a byte stream line by line without ever holding more than {@code limit} bytes of one
 * line: an oversize line is skipped to its end and reported as such, so a single runaway JSONL
 * record cannot exhaust memory. Bytes stay undecoded, so each line gets its own charset check.
 */
final class ByteLines {
    /** One line: {@code bytes} is null when the line exceeded the limit. */
    record Line(int number, byte[] bytes, long length) {
    }

    private final InputStream in;
    private final long limit;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private int number;
    private boolean eof;

    ByteLines(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line without its terminator, or null at end of stream. */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        buffer.reset();
        long length = 0;
        boolean any = false;
        int b;
        while ((b = in.read()) >= 0) {
            any = true;
            if (b == '\n') {
                break;
            }
            length++;
            if (length <= limit) {
                buffer.write(b);
            }
        }
        if (b < 0) {
            eof = true;
            if (!any) {
                return null;
            }
        }
        number++;
        if (length > limit) {
            return new Line(number, null, length);
        }
        byte[] bytes = buffer.toByteArray();
        int n = bytes.length;
        if (n > 0 && bytes[n - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, n - 1);
        }
        return new Line(number, bytes, length);
    }
}
