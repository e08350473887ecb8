package org.dyad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;

/** Pages as servers send them: bytes in some charset, said in the header, the page, both or neither. */
class WebPageReaderTest {

    private static final String PAGE = "<html><head>%s<title>Minsk</title></head><body><p>%s</p></body></html>";
    private static final String RUSSIAN = "\u0421\u0432\u0435\u0442\u043b\u0430\u043d\u0430 \u0422\u0438\u0445\u0430\u043d\u043e\u0432\u0441\u043a\u0430\u044f"
            + " left Belarus for Lithuania on 11 August 2020.";

    private final WebPageReader reader = new WebPageReader();

    @Test
    void read_charsetInTheHeader_decodesWithIt() {
        Charset cp1251 = Charset.forName("windows-1251");

        Article article = read(String.format(PAGE, "", RUSSIAN).getBytes(cp1251), "text/html; charset=windows-1251");

        assertThat(article.text()).isEqualTo(RUSSIAN);
    }

    @Test
    void read_charsetOnlyInAMetaTag_decodesWithIt() {
        Charset cp1251 = Charset.forName("windows-1251");
        byte[] page = String.format(PAGE, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">", RUSSIAN)
                .getBytes(cp1251);

        assertThat(read(page, "text/html").text()).isEqualTo(RUSSIAN);
    }

    @Test
    void read_noCharsetAnywhere_readsUtf8() {
        assertThat(read(String.format(PAGE, "", RUSSIAN).getBytes(StandardCharsets.UTF_8), null).text()).isEqualTo(RUSSIAN);
    }

    @Test
    void read_unknownCharsetName_fallsBackToUtf8() {
        byte[] page = String.format(PAGE, "<meta charset=\"no-such-charset\">", RUSSIAN).getBytes(StandardCharsets.UTF_8);

        assertThat(read(page, "text/html; charset=\"bogus\"").text()).isEqualTo(RUSSIAN);
    }

    @Test
    void read_emptyPage_isUnreadable() {
        ReadOutcome outcome = reader.read("https://news.example/empty", "  \n".getBytes(StandardCharsets.UTF_8), "text/html");

        assertThat(outcome).isEqualTo(new ReadOutcome.Unreadable("https://news.example/empty", "empty article: nothing to code"));
    }

    private Article read(byte[] page, String contentType) {
        ReadOutcome outcome = reader.read("https://news.example/page", page, contentType);
        assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) outcome).article();
    }
}
