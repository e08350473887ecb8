package org.dyad.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids for articles that carry none of their own: a hash of what they say. */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** The first 16 hex digits of the SHA-256 of the text, so the same text always gets the same id. */
    public static String fromText(String text) {
        return sha256(text).substring(0, 16);
    }

    /** The full SHA-256 of the text in hex: the content hash the store compares. */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
