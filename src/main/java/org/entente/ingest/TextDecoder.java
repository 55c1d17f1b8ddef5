package org.entente.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes to text without mangling: strict UTF-8 first; text that is not valid UTF-8 is decoded as
 * Windows-1252 (a superset of ISO-8859-1's printable range, the usual encoding of older French
 * pages); bytes that look binary are refused.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    record Decoded(String text, String charset) {
    }

    /** The text, or empty when the bytes are binary (NUL bytes or mostly control characters). */
    Optional<Decoded> decode(byte[] bytes) {
        if (looksBinary(bytes)) {
            return Optional.empty();
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(new Decoded(chars.toString(), "UTF-8"));
        } catch (CharacterCodingException e) {
            return Optional.of(new Decoded(new String(bytes, WINDOWS_1252), "windows-1252"));
        }
    }

    static boolean looksBinary(byte[] bytes) {
        int control = 0;
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }
}
