package org.dyad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.dyad.model.Article;
import org.dyad.store.EventStore;
import org.dyad.store.IngestResult;

import java.util.List;
import java.util.Locale;

/** The endpoints that code posted text: {@code /api/code} (nothing stored) and {@code /api/ingest} (stored). */
final class CodeApi {

    private final LiveCoder coder;
    private final EventStore store;
    private final IngestToken token;
    private final PostedArticles posted;
    private final ObjectMapper json;

    CodeApi(LiveCoder coder, EventStore store, IngestToken token, ObjectMapper json) {
        this.coder = coder;
        this.store = store;
        this.token = token;
        this.posted = new PostedArticles(json);
        this.json = json;
    }

    /** Codes the body's articles and answers their events and explanations; stores nothing. */
    void code(Context ctx) throws InterruptedException {
        QueryParams.of(ctx, List.of());
        List<Article> articles = posted.read(ctx.bodyAsBytes(), ctx.contentType());
        ctx.json(coder.codeToJson(articles));
    }

    /** Codes and stores the body's articles, for the holder of the operator's token. */
    void ingest(Context ctx) throws InterruptedException {
        token.check(ctx);
        QueryParams.of(ctx, List.of());
        List<Article> articles = posted.read(ctx.bodyAsBytes(), ctx.contentType());
        ObjectNode out = json.createObjectNode();
        ArrayNode results = out.putArray("articles");
        for (Article article : articles) {
            IngestResult r = store.ingest(coder.code(article));
            ObjectNode n = results.addObject();
            n.put("article_id", r.articleId());
            n.put("status", r.status().name().toLowerCase(Locale.ROOT));
            n.put("events", r.events());
        }
        ctx.json(out);
    }
}
