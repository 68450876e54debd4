package nl.inburgering.pip.rest;

import nl.inburgering.kit.problem.PreconditionFailedException;

/** ETag / If-Match for resources whose version is a number (DESIGN §4 optimistic concurrency). */
final class ETags {

    private ETags() {
    }

    /** The strong ETag of {@code version}: {@code "3"}. */
    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names; null when there is none. A value we never sent is stale (412). */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "").trim();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException("If-Match does not name a version of this resource.");
        }
    }
}
