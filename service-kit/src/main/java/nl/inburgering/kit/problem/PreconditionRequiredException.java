package nl.inburgering.kit.problem;

/** An update of an existing resource came without {@code If-Match} (RFC 6585: 428 Precondition Required). */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String detail) {
        super(detail);
    }
}
