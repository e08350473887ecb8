package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.Page;
import org.dyad.store.SeriesQuery;
import org.dyad.store.StoredArticle;
import org.dyad.store.StoredEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The read endpoints: events, series, dyads, actors, one article, full-text search. */
final class QueryApi {

    private static final List<String> SERIES_PARAMETERS = with(EventQuery.PARAMETERS, "interval");
    private static final List<String> SEARCH_PARAMETERS = List.of("q", "limit", "offset");

    private final EventStore store;
    private final ObjectMapper json;

    QueryApi(EventStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    /** {total, limit, offset, events: [the JSON of dyad code --format jsonl, with explanation]}. */
    void events(Context ctx) {
        EventQuery query = EventQuery.parse(QueryParams.of(ctx, EventQuery.PARAMETERS));
        Page<StoredEvent> page = store.events(query);
        ObjectNode out = json.createObjectNode();
        out.put("total", page.total());
        out.put("limit", page.limit());
        out.put("offset", page.offset());
        ArrayNode events = out.putArray("events");
        page.items().forEach(e -> events.add(e.toJson()));
        ctx.json(out);
    }

    /** {interval, points: [{period, quad_class, events, goldstein}]}, periods in order. */
    void series(Context ctx) {
        SeriesQuery query = SeriesQuery.parse(QueryParams.of(ctx, SERIES_PARAMETERS));
        ObjectNode out = json.createObjectNode();
        out.put("interval", query.interval().name().toLowerCase(java.util.Locale.ROOT));
        out.set("points", roundedGoldstein(json.valueToTree(store.series(query))));
        ctx.json(out);
    }

    /** The top pairs of sides, as many as {@code limit} asks. */
    void dyads(Context ctx) {
        EventQuery filter = EventQuery.parse(QueryParams.of(ctx, EventQuery.PARAMETERS));
        ObjectNode out = json.createObjectNode();
        out.set("dyads", roundedGoldstein(json.valueToTree(store.dyads(filter, filter.limit()))));
        ctx.json(out);
    }

    /** The actors most often involved, as many as {@code limit} asks. */
    void actors(Context ctx) {
        EventQuery filter = EventQuery.parse(QueryParams.of(ctx, EventQuery.PARAMETERS));
        ObjectNode out = json.createObjectNode();
        out.set("actors", json.valueToTree(store.actors(filter, filter.limit())));
        ctx.json(out);
    }

    /** One article with its events; 404 for an id the store does not hold. */
    void article(Context ctx) {
        QueryParams.of(ctx, List.of());
        String id = ctx.pathParam("id");
        StoredArticle article = store.article(id).orElseThrow(() -> new NotFound("id", "no article with id '" + id
                + "' in this store: take ids from /api/events or /api/search"));
        ObjectNode out = json.createObjectNode();
        out.put("id", article.id());
        out.put("url", article.url());
        out.put("input", article.input());
        out.put("publisher", article.publisher());
        out.put("title", article.title());
        out.put("published", article.published() == null ? null : article.published().toString());
        out.put("text", article.text());
        out.put("content_hash", article.contentHash());
        out.put("ingested_at", article.ingestedAt() == null ? null : article.ingestedAt().toString());
        ArrayNode events = out.putArray("events");
        article.events().forEach(e -> events.add(e.toJson()));
        ctx.json(out);
    }

    /** {q, limit, offset, hits: [{article_id, title, url, published, score, snippet}]}. */
    void search(Context ctx) {
        Map<String, String> params = QueryParams.of(ctx, SEARCH_PARAMETERS);
        String q = params.getOrDefault("q", "").strip();
        if (q.isEmpty()) {
            throw new BadRequest("q", "missing: give a full-text query, such as q=sanctions");
        }
        // The events parser checks limit and offset the same way for every endpoint.
        EventQuery page = EventQuery.parse(Map.of("limit", params.getOrDefault("limit", ""),
                "offset", params.getOrDefault("offset", "")));
        ObjectNode out = json.createObjectNode();
        out.put("q", q);
        out.put("limit", page.limit());
        out.put("offset", page.offset());
        out.set("hits", json.valueToTree(store.search(q, page.limit(), page.offset())));
        ctx.json(out);
    }

    /** How much the store holds: {articles, events, actors}. */
    void counts(Context ctx) {
        QueryParams.of(ctx, List.of());
        ctx.json(json.valueToTree(store.counts()));
    }

    /** Sums of one-decimal scores, without the binary fractions that summing doubles leaves (43.900000000000006). */
    private static JsonNode roundedGoldstein(JsonNode rows) {
        for (JsonNode row : rows) {
            if (row instanceof ObjectNode o && o.has("goldstein")) {
                o.put("goldstein", Math.round(o.get("goldstein").asDouble() * 1000) / 1000.0);
            }
        }
        return rows;
    }

    private static List<String> with(List<String> names, String more) {
        List<String> all = new ArrayList<>(names);
        all.add(more);
        return List.copyOf(all);
    }
}
