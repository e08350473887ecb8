package org.dyad.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.regex.Pattern;

/** Tells an input's format from the text of its first few KB; the file name only breaks ties. */
final class FormatSniffer {

    /** How much of an input the sniffer sees. */
    static final int HEAD_BYTES = 8192;

    /*
     * Content first, because files arrive misnamed (".txt" pages saved from a browser, feeds
     * without extension, stdin without any name). The extension decides only what content leaves
     * open: a "<" start with few HTML tags, or a little markup inside text.
     */
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(?:p|div|span|a|br|hr|h[1-6]|body|head|meta|title|link|article|section|nav|header|footer"
                    + "|main|ul|ol|li|img|figure|script|style|table|em|strong|b|i)[\\s/>]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PETRARCH_ELEMENT = Pattern.compile("<(?:Articles|Sentences|Article|Sentence)[\\s>]");
    private static final Pattern JSON_ARRAY = Pattern.compile("\\[\\s*[{\\[\"\\]]");
    private static final int MANY_TAGS = 10;

    private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    /**
     * The format of an input whose first bytes are {@code head}: a web archive (plain or gzipped),
     * some other gzip file, or else whatever its text shows.
     */
    Format sniff(byte[] head, String name) {
        if (startsWith(head, WARC_MAGIC)) {
            return Format.WARC;
        }
        if (isGzip(head)) {
            return startsWith(gunzippedStart(head), WARC_MAGIC) ? Format.WARC : Format.GZIP;
        }
        return sniff(TextDecoding.decode(head), name);
    }

    /** The format of an input whose decoded head (BOM removed) is {@code head}, named {@code name}. */
    Format sniff(String head, String name) {
        if (isBinary(head)) {
            return Format.BINARY;
        }
        String start = head.stripLeading();
        String lower = start.toLowerCase(Locale.ROOT);
        String extension = extension(name);
        if (JSON_ARRAY.matcher(start).lookingAt()) {
            return Format.JSON_DOCUMENT;
        }
        if (start.startsWith("{")) {
            return start.lines().findFirst().orElse("").strip().equals("{") ? Format.JSON_DOCUMENT : Format.JSON_LINES;
        }
        long tags = HTML_TAG.matcher(start).results().limit(MANY_TAGS).count();
        if (lower.startsWith("<!doctype html") || lower.contains("<html")) {
            return Format.HTML;
        }
        if (start.startsWith("<")) {
            if (PETRARCH_ELEMENT.matcher(start).find() || lower.startsWith("<?xml") || extension.equals("xml")) {
                return Format.PETRARCH_XML;
            }
            return tags >= 3 || extension.startsWith("htm") ? Format.HTML : Format.PETRARCH_XML;
        }
        if (tags >= MANY_TAGS || (tags > 0 && extension.startsWith("htm"))) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    /** NUL characters, or more than one in ten being control characters other than line breaks and tabs. */
    static boolean isBinary(String head) {
        long control = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '\0') {
                return true;
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7f) {
                control++;
            }
        }
        return control * 10 > head.length();
    }

    private static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    /** The first few bytes inside a gzip stream; the head holds enough of it for those. */
    private static byte[] gunzippedStart(byte[] head) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            return in.readNBytes(WARC_MAGIC.length);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot < name.lastIndexOf('/') ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
