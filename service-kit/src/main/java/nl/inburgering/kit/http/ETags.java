package nl.inburgering.kit.http;

import nl.inburgering.kit.problem.PreconditionFailedException;
import nl.inburgering.kit.problem.PreconditionRequiredException;

/**
 * {@code ETag} / {@code If-Match} for resources whose version is a number (DESIGN §4 optimistic concurrency): the
 * ETag of version 3 is {@code "3"}. One parser for every service, so a weak {@code W/"3"}, a bare {@code 3} and a
 * garbled value are answered alike everywhere.
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    private ETags() {
    }

    /** The value for {@code Response.tag(...)}, which adds the quotes: {@code 3} becomes {@code ETag: "3"}. */
    public static String of(long version) {
        return String.valueOf(version);
    }

    /** The version an {@code If-Match} names; null when there is none. A value we never sent is stale (412). */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "").strip();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException("If-Match does not name a version of this resource: send the "
                    + "ETag as you read it.");
        }
    }

    /** As {@link #ifMatch(String)}, for a change that must name the version it replaces: 428 when missing. */
    public static long requireIfMatch(String header, String what) {
        Long version = ifMatch(header);
        if (version == null) {
            throw new PreconditionRequiredException("Send If-Match with the ETag of the " + what + " as you read "
                    + "it, so that a change never overwrites one you have not seen.");
        }
        return version;
    }
}
