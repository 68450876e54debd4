package nl.inburgering.duogateway.security;

import java.util.Optional;

/** Reaches the package-private parse of a certificate subject for the rule tests in another package. */
public final class ChainPartnerTestAccess {

    private ChainPartnerTestAccess() {
    }

    public static Optional<String> oinOf(String subject) {
        return ChainPartner.oinOf(subject);
    }
}
