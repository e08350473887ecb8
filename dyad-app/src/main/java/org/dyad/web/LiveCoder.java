package org.dyad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.pipeline.ArticleResult;
import org.dyad.pipeline.Pipeline;
import org.dyad.write.JsonLinesWriter;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Codes articles on request with the real pipeline, storing nothing. CoreNLP takes seconds and
 * gigabytes to load, so the pipeline is built once, on first use or ahead of it by {@link #warmUp()},
 * and the server starts without waiting for it. At most as many articles are coded at once as there
 * are cores: more would only share them and hold more memory.
 */
public final class LiveCoder {

    private final Supplier<Pipeline> factory;
    private final ObjectMapper json;
    private final Semaphore slots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private CompletableFuture<Pipeline> pipeline;

    public LiveCoder(Supplier<Pipeline> factory, ObjectMapper json) {
        this.factory = factory;
        this.json = json;
    }

    /** Starts building the pipeline in the background, if nothing has yet. */
    public synchronized void warmUp() {
        if (pipeline == null) {
            pipeline = CompletableFuture.supplyAsync(factory, runnable -> {
                Thread t = new Thread(runnable, "dyad-pipeline-load");
                t.setDaemon(true);
                t.start();
            });
        }
    }

    /** Whether the pipeline is built, so that a request is coded without waiting for CoreNLP to load. */
    public synchronized boolean ready() {
        return pipeline != null && pipeline.isDone() && !pipeline.isCompletedExceptionally();
    }

    /** The pipeline's result for one article, waiting for the pipeline to load on first use. */
    public ArticleResult code(Article article) throws InterruptedException {
        Pipeline p = pipeline();
        slots.acquire();
        try {
            return p.process(article);
        } finally {
            slots.release();
        }
    }

    /** The articles' events in the JSON of {@code dyad code --format jsonl}, each with its explanation. */
    public ObjectNode codeToJson(List<Article> articles) throws InterruptedException {
        ObjectNode out = json.createObjectNode();
        ArrayNode coded = out.putArray("articles");
        ArrayNode allEvents = out.putArray("events");
        for (Article article : articles) {
            ArticleResult result = code(article);
            Map<String, List<String>> why = Explanations.perEvent(result);
            ObjectNode a = coded.addObject();
            a.put("id", article.id());
            a.put("title", article.title());
            a.put("url", article.url());
            a.put("published", article.published() == null ? null : article.published().toString());
            a.put("sentences", result.annotated().sentences().size());
            a.put("events", result.events().size());
            a.put("explanation", Explanations.whole(result));
            for (Event e : result.events()) {
                ObjectNode event = JsonLinesWriter.toJson(e);
                // One text, as the store keeps it, so that the dashboard shows both alike.
                event.put("explanation", String.join("\n", why.getOrDefault(e.eventId(), List.of())));
                allEvents.add(event);
            }
        }
        out.put("total", allEvents.size());
        return out;
    }

    private Pipeline pipeline() throws InterruptedException {
        CompletableFuture<Pipeline> loading;
        synchronized (this) {
            warmUp();
            loading = pipeline;
        }
        try {
            return loading.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the coding pipeline could not be built: " + e.getCause(), e.getCause());
        }
    }
}
