package org.dyad.web;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The operator's secret that guards the writing endpoint. Without one configured, writing through
 * the API is off; with one, a request must carry it as {@code Authorization: Bearer TOKEN}.
 */
final class IngestToken {

    private final byte[] token;

    /** @param token the secret, or null or blank to keep writing through the API off */
    IngestToken(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    boolean enabled() {
        return token != null;
    }

    /** Throws {@link Refused} unless the request carries the token. */
    void check(Context ctx) {
        if (token == null) {
            throw new Refused(403, "ingest through the API is off: the operator starts dyad serve with --token-env VAR to turn it on");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Bearer ") || header.substring(7).isBlank()) {
            throw new Refused(401, "no token: send the operator's token as 'Authorization: Bearer TOKEN'");
        }
        // Compared in constant time, so that response times tell nothing about the token.
        if (!MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
            throw new Refused(403, "wrong token: ask the operator for the one dyad serve was started with");
        }
    }

    /** A request without the right to write. */
    static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
