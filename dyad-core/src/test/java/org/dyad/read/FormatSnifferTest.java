package org.dyad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatSnifferTest {

    private final FormatSniffer sniffer = new FormatSniffer();

    @ParameterizedTest(name = "{0} named {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `# Headline – NC\\n\\nSeptember 14, 2020\\n\\nBody.`             | a.txt   | TEXT
            `Arnor voted on Sunday.`                                          | a.html  | TEXT
            `Arnor voted <b>on</b> Sunday.`                                   | a.txt   | TEXT
            `Arnor voted <b>on</b> Sunday.`                                   | a.html  | HTML
            `<!DOCTYPE html><html><body><p>Hi</p></body></html>`              | a.txt   | HTML
            `\\n  <html lang="en"><p>Hi</p></html>`                           | -       | HTML
            `<div><p>One</p><p>Two</p></div>`                                 | -       | HTML
            `<p>Hi</p>`                                                       | a.htm   | HTML
            `{"text":"Arnor voted."}\\n{"text":"Gondor voted."}`             | -       | JSON_LINES
            `{"text":"Arnor voted."}`                                         | a.txt   | JSON_LINES
            `{\\n  "text": "Arnor voted."\\n}`                                | a.json  | JSON_DOCUMENT
            `[{"text":"Arnor voted."}]`                                       | a.json  | JSON_DOCUMENT
            `[Update] Arnor voted.`                                           | -       | TEXT
            `<?xml version="1.0"?><Articles><Article id="1">`                | -       | PETRARCH_XML
            `<Validation><!-- notes --><Sentences><Sentence date="1">`       | a.txt   | PETRARCH_XML
            `<Sentences>`                                                     | -       | PETRARCH_XML
            `<rss><channel>`                                                  | a.xml   | PETRARCH_XML
            `\\u0000\\u0001PNG`                                               | a.txt   | BINARY
            """)
    void sniff_content_decidesTheFormat(String head, String name, Format expected) {
        assertThat(sniffer.sniff(unescape(head), name)).isEqualTo(expected);
    }

    @Test
    void sniff_bytes_tellsWebArchivesPlainAndGzippedAndOtherGzipFiles() throws IOException {
        byte[] warc = "WARC/1.1\r\nWARC-Type: warcinfo\r\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(sniffer.sniff(warc, "-")).isEqualTo(Format.WARC);
        assertThat(sniffer.sniff(gzip(warc), "crawl.bin")).isEqualTo(Format.WARC);
        assertThat(sniffer.sniff(gzip("Arnor voted on Sunday.".getBytes(StandardCharsets.UTF_8)), "a.txt.gz")).isEqualTo(Format.GZIP);
        assertThat(sniffer.sniff(new byte[] {0x1f, (byte) 0x8b}, "cut.gz")).isEqualTo(Format.GZIP);
        assertThat(sniffer.sniff("WARC is a format.".getBytes(StandardCharsets.UTF_8), "a.txt")).isEqualTo(Format.TEXT);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            text with a tab\\tand lines\\r\\n     | false
            one NUL\\u0000 in text                | true
            \\u0001\\u0002\\u0003 mostly fine text | true
            \\u0001 mostly fine text, and longer   | false
            """)
    void isBinary_controlCharacters_overOneInTenOrAnyNul(String head, boolean binary) {
        assertThat(FormatSniffer.isBinary(unescape(head))).isEqualTo(binary);
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t")
                .replace("\\u0000", "\0").replace("\\u0001", "\u0001").replace("\\u0002", "\u0002")
                .replace("\\u0003", "\u0003");
    }
}
