package nl.inburgering.kit.problem;

/** The {@code If-Match} version is stale: someone changed the resource since the caller read it (412). */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String detail) {
        super(detail);
    }
}
