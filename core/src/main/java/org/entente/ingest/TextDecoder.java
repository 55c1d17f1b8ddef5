package org.entente.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Bytes to text without mangling: a BOM decides when present; otherwise strict UTF-8, and when
 * that fails Windows-1252 (a superset of ISO-8859-1's printable range, so Latin-1 files decode
 * the same). Strictness matters: a lenient UTF-8 decode would silently turn every "é" of a
 * Latin-1 file into U+FFFD and the quoted evidence would no longer match the source.
 *
 * <p>But a UTF-8 file with one stray byte is still a UTF-8 file: read as Windows-1252, every one
 * of its accents would become mojibake ("coopÃ©ration") and its events would be lost. So bytes
 * that are not valid UTF-8 are still read as UTF-8 when they hold at least as many valid
 * multi-byte sequences as invalid ones (a Windows-1252 French text has almost none: "é" is one
 * byte that UTF-8 cannot take), each invalid sequence becoming U+FFFD, with a warning that
 * names the first invalid byte's offset.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Share of control characters above which decoded "text" is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private TextDecoder() {
    }

    /** Decodes a whole text file or JSONL line; rejects empty and binary content. */
    static String decode(byte[] bytes) throws InputRejected {
        return decode(bytes, null, w -> { });
    }

    /** As {@link #decode(byte[])}, telling {@code warnings} when invalid bytes were replaced. */
    static String decode(byte[] bytes, Consumer<String> warnings) throws InputRejected {
        return decode(bytes, null, warnings);
    }

    /**
     * As {@link #decode(byte[])}, trying {@code declared} (an HTML meta charset) before the
     * Windows-1252 fallback when the bytes are not valid UTF-8.
     */
    static String decode(byte[] bytes, Charset declared, Consumer<String> warnings) throws InputRejected {
        if (bytes.length == 0) {
            throw new InputRejected("empty file");
        }
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            // The BOM says UTF-8 outright: whatever is invalid after it is damage, not another charset.
            Lenient l = lenientUtf8(bytes, 3);
            text = l.text;
            l.warn(warnings);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            for (byte b : bytes) {
                if (b == 0) {
                    throw new InputRejected("binary content (NUL bytes), not text");
                }
            }
            text = tryStrict(bytes, 0, StandardCharsets.UTF_8);
            if (text == null) {
                Lenient l = lenientUtf8(bytes, 0);
                if (l.mostlyUtf8()) {
                    text = l.text;
                    l.warn(warnings);
                }
            }
            if (text == null && declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                text = tryStrict(bytes, 0, declared);
            }
            if (text == null) {
                text = strictOrLatin(bytes, 0, WINDOWS_1252);
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputRejected("empty file (only white space)");
        }
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            throw new InputRejected("binary content (mostly control characters), not text");
        }
        return text;
    }

    /** A UTF-8 reading that replaced invalid sequences, with what it takes to judge and report it. */
    private record Lenient(String text, int validMultiByte, int invalidSequences, int invalidBytes, long firstInvalid) {
        boolean mostlyUtf8() {
            return validMultiByte > 0 && validMultiByte >= invalidSequences;
        }

        void warn(Consumer<String> warnings) {
            if (invalidSequences > 0) {
                warnings.accept("not valid UTF-8 at byte " + firstInvalid
                        + (invalidBytes > 1 ? " (" + invalidBytes + " invalid bytes in all)" : "")
                        + "; read as UTF-8, each invalid sequence replaced by U+FFFD");
            }
        }
    }

    private static Lenient lenientUtf8(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        // UTF-8 never gives more chars than bytes; one replacement per invalid byte at most.
        CharBuffer out = CharBuffer.allocate(bytes.length - from + 1);
        int sequences = 0;
        int invalid = 0;
        long first = -1;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (r.isError()) {
                if (first < 0) {
                    first = in.position();
                }
                sequences++;
                invalid += r.length();
                in.position(in.position() + r.length());
                out.put('\uFFFD');
            } else {
                throw new IllegalStateException("UTF-8 output overflow: " + r);
            }
        }
        out.flip();
        String text = out.toString();
        int multi = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F && c != '\uFFFD' && !Character.isLowSurrogate(c)) {
                multi++;
            }
        }
        return new Lenient(text, multi, sequences, invalid, first);
    }

    private static String strictOrLatin(byte[] bytes, int from, Charset charset) {
        String s = tryStrict(bytes, from, charset);
        // Windows-1252 leaves five byte values undefined; ISO-8859-1 maps them to C1 controls,
        // which the control-share test then judges instead of hiding them behind U+FFFD.
        return s != null ? s : new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
    }

    private static String tryStrict(byte[] bytes, int from, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static double controlShare(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean layout = c == '\n' || c == '\r' || c == '\t' || c == '\f';
            if (!layout && (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFD')) {
                control++;
            }
        }
        return (double) control / text.length();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
