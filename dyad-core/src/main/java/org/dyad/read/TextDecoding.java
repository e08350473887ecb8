package org.dyad.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text, leniently: UTF-8 unless a byte order mark says UTF-16, with bytes that are not
 * valid in the charset replaced by U+FFFD rather than failing, since one stray Latin-1 byte should
 * not cost a whole article.
 */
final class TextDecoding {

    private TextDecoding() {
    }

    /** The text of {@code bytes}, without a byte order mark. */
    static String decode(byte[] bytes) {
        int bom = bomLength(bytes);
        // new String(...) replaces malformed input instead of throwing.
        return new String(bytes, bom, bytes.length - bom, charset(bytes));
    }

    /**
     * A lenient reader over {@code in}, positioned at the start of the input whose first bytes are
     * {@code head}; the byte order mark is skipped.
     */
    static Reader reader(InputStream in, byte[] head) throws IOException {
        in.skipNBytes(bomLength(head));
        // InputStreamReader, too, replaces malformed input rather than throwing.
        return new InputStreamReader(in, charset(head));
    }

    /** Whether {@code bytes} start with a UTF-8 or UTF-16 byte order mark, which settles their charset. */
    static boolean hasByteOrderMark(byte[] bytes) {
        return bomLength(bytes) > 0;
    }

    private static Charset charset(byte[] head) {
        if (startsWith(head, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }

    private static int bomLength(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        return startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE) ? 2 : 0;
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
