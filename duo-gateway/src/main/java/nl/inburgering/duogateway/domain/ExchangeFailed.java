package nl.inburgering.duogateway.domain;

import nl.inburgering.duogateway.domain.rules.FailureKind;

/** An exchange that did not give what the work needs: permanent or worth a retry. Its message names no BSN. */
public final class ExchangeFailed extends RuntimeException {

    private final FailureKind kind;

    public ExchangeFailed(FailureKind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public FailureKind kind() {
        return kind;
    }
}
