package org.dyad.read;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of a web page, found where browsers look for it: a byte order mark, then the
 * server's Content-Type header, then a {@code <meta>} declaration near the top, else UTF-8.
 */
final class PageCharset {

    /*
     * Pages in the wild still come in windows-1251, ISO-8859-x and Shift_JIS; reading them as UTF-8
     * would turn every non-ASCII letter into U+FFFD and lose the names that coding needs. The meta
     * declaration must sit in the first 1024 bytes by the HTML standard; a few more are allowed
     * for pages with long comments in front.
     */
    private static final int META_WINDOW = 4096;
    private static final Pattern META = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private PageCharset() {
    }

    /** The text of a page whose server declared {@code contentType} (may be null). */
    static String decode(byte[] bytes, String contentType) {
        if (TextDecoding.hasByteOrderMark(bytes)) {
            return TextDecoding.decode(bytes);
        }
        Charset charset = fromHeader(contentType).or(() -> fromMeta(bytes)).orElse(StandardCharsets.UTF_8);
        // new String(...) replaces malformed input instead of throwing.
        return new String(bytes, charset);
    }

    private static Optional<Charset> fromHeader(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? named(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> fromMeta(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        return m.find() ? named(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> named(String name) {
        try {
            Charset charset = Charset.forName(name.strip());
            // A page that is ASCII-compatible enough to declare UTF-16 in a meta tag is not UTF-16.
            return charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16") ? Optional.of(StandardCharsets.UTF_8)
                    : Optional.of(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
