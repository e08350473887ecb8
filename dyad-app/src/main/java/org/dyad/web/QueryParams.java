package org.dyad.web;

import io.javalin.http.Context;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's query parameters as the store's parsers take them: one value per name. A name the
 * endpoint does not know, or one given twice, is a mistake worth saying rather than ignoring: a
 * misspelt "contry=RUS" would otherwise silently return every event.
 */
final class QueryParams {

    private QueryParams() {
    }

    static Map<String, String> of(Context ctx, Collection<String> known) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            String name = e.getKey();
            if (!known.contains(name)) {
                throw new BadRequest(name, "unknown parameter: this endpoint takes " + String.join(", ", known));
            }
            if (e.getValue().size() > 1) {
                throw new BadRequest(name, "given " + e.getValue().size() + " times: give it once");
            }
            params.put(name, e.getValue().isEmpty() ? "" : e.getValue().get(0));
        }
        return params;
    }
}
