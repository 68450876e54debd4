package nl.inburgering.exam.rest;

import nl.inburgering.kit.problem.PreconditionFailedException;
import nl.inburgering.kit.problem.PreconditionRequiredException;

/** {@code If-Match} / {@code ETag}: the ETag of a registration is its version, e.g. {@code "3"}. */
final class Versions {

    static final String IF_MATCH = "If-Match";

    private Versions() {
    }

    /** The version an If-Match names; 428 when it is required and missing, 412 when it names no version. */
    static Long ifMatch(String header, boolean required) {
        if (header == null || header.isBlank()) {
            if (required) {
                throw new PreconditionRequiredException("Send If-Match with the ETag of the registration as you "
                        + "read it, so that a change never overwrites one you have not seen.");
            }
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException("If-Match must be the ETag of the registration as you read it.");
        }
    }

    static String etag(long version) {
        return String.valueOf(version);
    }
}
