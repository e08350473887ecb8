package org.dyad.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Attribution;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Location;
import org.dyad.model.Mode;
import org.dyad.pipeline.ArticleResult;
import org.dyad.pipeline.StageTimes;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WritersTest {

    private static final Article ARTICLE = new Article("a1", "https://example.org/a", "in/a.txt", "Headline\twith tab",
            "Desk", LocalDate.of(2020, 9, 14), "Body.");
    private static final Event EVENT = new Event("e1", "a1", "https://example.org/a", "in/a.txt", 8,
            new EventDate("2020-09-14", "text"),
            new Actor(new ActorCode("BLRGOV"), "Alexander Lukashenko", "Lukashenko", "people"),
            new Actor(new ActorCode("RUS"), "Russia", "Russia", "country"),
            new CameoCode("042"), 1, 1.9, "CONSULT", Mode.ASSERTED, new Location("Sochi", "RUS", 43.6, 39.73),
            List.of(new Attribution("Bloomberg", "MED", false, false),
                    new Attribution("five unnamed sources", null, true, true)),
            "Lukashenko is traveling\tto Russia.", 0.9, "traveling", "verbs.txt:1 travel to TARGET");
    private static final ArticleResult RESULT = new ArticleResult(new AnnotatedArticle(ARTICLE, List.of()),
            List.of(), List.of(EVENT), List.of(), StageTimes.ZERO);

    @Test
    void jsonLines_everyContractFieldWithItsType() throws Exception {
        StringWriter out = new StringWriter();
        new JsonLinesWriter(out).write(RESULT);
        JsonNode e = new ObjectMapper().readTree(out.toString().strip());
        assertThat(e.get("event_id").asText()).isEqualTo("e1");
        assertThat(e.get("sentence").asInt()).isEqualTo(8);
        assertThat(e.get("date_source").asText()).isEqualTo("text");
        assertThat(e.get("source").get("country").asText()).isEqualTo("BLR");
        assertThat(e.get("source").get("role").asText()).isEqualTo("GOV");
        assertThat(e.get("target").get("role").isNull()).isTrue();
        assertThat(e.get("cameo_root").asText()).isEqualTo("04");
        assertThat(e.get("quad_class").asInt()).isEqualTo(1);
        assertThat(e.get("goldstein").asDouble()).isEqualTo(1.9);
        assertThat(e.get("mode").asText()).isEqualTo("asserted");
        assertThat(e.get("location").get("lat").asDouble()).isEqualTo(43.6);
        assertThat(e.get("attribution").get(1).get("anonymous").asBoolean()).isTrue();
        assertThat(e.get("attribution").get(1).get("inferred").asBoolean()).isTrue();
        assertThat(e.get("attribution").get(0).has("inferred")).isFalse();
    }

    @Test
    void jsonLines_regionActor_hasItsRegionAndNoCountry() throws Exception {
        Event towardsTheWest = new Event("e2", "a1", null, "in/a.txt", 9, EVENT.date(), EVENT.source(),
                new Actor(new ActorCode("WSTGOV"), "West", "Western governments", "region"), new CameoCode("112"), 3, -2.0,
                "ACCUSE", Mode.ASSERTED, null, List.of(), "Lukashenko accused Western governments.", 0.8, "accused", "rule");
        StringWriter out = new StringWriter();
        new JsonLinesWriter(out).write(new ArticleResult(new AnnotatedArticle(ARTICLE, List.of()), List.of(),
                List.of(towardsTheWest), List.of(), StageTimes.ZERO));
        JsonNode target = new ObjectMapper().readTree(out.toString().strip()).get("target");
        assertThat(target.get("region").asText()).isEqualTo("WST");
        assertThat(target.get("country").isNull()).isTrue();
        assertThat(target.get("role").asText()).isEqualTo("GOV");
    }

    @Test
    void tsv_headerThenRowsOfTheSameWidthWithTabsInFieldsFlattened() throws Exception {
        StringWriter out = new StringWriter();
        TsvWriter w = new TsvWriter(out);
        w.write(RESULT);
        w.write(RESULT);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("event_id\t");
        assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(TsvWriter.COLUMNS.size()));
        assertThat(lines.get(1)).contains("Bloomberg > five unnamed sources (anonymous) (inferred)");
    }

    @Test
    void table_saysWhenThePublicationDateIsUnknown() throws Exception {
        Article undated = new Article("a2", null, "-", null, null, null, "Text.");
        StringWriter out = new StringWriter();
        TableWriter w = new TableWriter(out);
        w.write(new ArticleResult(new AnnotatedArticle(undated, List.of()), List.of(), List.of(), List.of(), StageTimes.ZERO));
        w.finish();
        assertThat(out.toString()).contains("published unknown").contains("no events").contains("1 article, 0 events");
    }
}
