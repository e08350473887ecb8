package org.dyad.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.model.Actor;
import org.dyad.model.Attribution;
import org.dyad.model.Event;
import org.dyad.pipeline.ArticleResult;

import java.io.IOException;
import java.io.Writer;

/** One JSON object per event and line, with the field names of DESIGN.md's contract. */
public final class JsonLinesWriter implements EventWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Writer out;

    public JsonLinesWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(ArticleResult result) throws IOException {
        for (Event e : result.events()) {
            out.write(JSON.writeValueAsString(toJson(e)));
            out.write('\n');
        }
        out.flush();
    }

    public static ObjectNode toJson(Event e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("event_id", e.eventId());
        n.put("article_id", e.articleId());
        n.put("url", e.url());
        n.put("input", e.input());
        n.put("sentence", e.sentence());
        n.put("date", e.date().value());
        n.put("date_source", e.date().source());
        n.set("source", actor(e.source()));
        n.set("target", actor(e.target()));
        n.put("cameo", e.cameo().value());
        n.put("cameo_root", e.cameo().root());
        n.put("quad_class", e.quadClass());
        n.put("goldstein", e.goldstein());
        n.put("plover", e.plover());
        n.put("mode", e.mode().label());
        if (e.location() == null) {
            n.putNull("location");
        } else {
            ObjectNode loc = n.putObject("location");
            loc.put("name", e.location().name());
            loc.put("country", e.location().country());
            loc.put("lat", e.location().lat());
            loc.put("lon", e.location().lon());
        }
        ArrayNode chain = n.putArray("attribution");
        for (Attribution a : e.attribution()) {
            ObjectNode link = chain.addObject();
            link.put("name", a.name());
            link.put("kind", a.kind());
            link.put("anonymous", a.anonymous());
            if (a.inferred()) {
                link.put("inferred", true);
            }
        }
        n.put("evidence", e.evidence());
        n.put("confidence", e.confidence());
        n.put("trigger", e.trigger());
        n.put("rule", e.rule());
        return n;
    }

    private static ObjectNode actor(Actor a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("code", a.code().value());
        n.put("country", a.country());
        if (a.code().isRegion()) {
            // "WST", "EURGOV": a region of the CAMEO codebook stands where the country would.
            n.put("region", a.code().region());
        }
        n.put("role", a.role());
        n.put("name", a.name());
        n.put("text", a.text());
        return n;
    }
}
