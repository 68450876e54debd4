package nl.inburgering.contracts.vocabulary;

import java.util.EnumSet;
import java.util.Set;

/**
 * DUO's ground of an exemption (rules §1.2, issue 8 item 10): {@code RedenVrijstellingInburgeringsplicht} (DUO
 * Vrijstelling API) for a vrijstelling, {@code OntheffingsgrondInburgering} (DUO Ontheffing API) for an ontheffing.
 * Each ground belongs to one kind and allows only the scopes DUO's description gives it (decision, from DUO's
 * descriptions): the diploma and document grounds exempt fully, GED exempts language components partially (at A2 or
 * B1), INS and OPL are temporary; an ontheffing (BIO, MED) is full or partial, never temporary.
 */
public enum ExemptionGround {
    /** Aantoonbaar voldoende ingeburgerd, op verzoek beoordeeld (Besluit art. 2.3). */
    AVI(ExemptionKind.VRIJSTELLING, EnumSet.of(ExemptionScope.FULL)),
    /** Door DUO erkend vrijstellend diploma, DUO register (Regeling art. 2.1 lid c). */
    DIP(ExemptionKind.VRIJSTELLING, EnumSet.of(ExemptionScope.FULL)),
    /** Door DUO erkend vrijstellend document, handmatig (Regeling art. 2.1 lid c–f). */
    DOC(ExemptionKind.VRIJSTELLING, EnumSet.of(ExemptionScope.FULL)),
    /** Gedeeltelijke vrijstelling: a language component at A2 or B1 (Regeling art. 3.12, 3.13). */
    GED(ExemptionKind.VRIJSTELLING, EnumSet.of(ExemptionScope.PARTIAL)),
    /** Inburgeringsdiploma onder de Wi2013 (Regeling art. 2.1 lid b). */
    INB(ExemptionKind.VRIJSTELLING, EnumSet.of(ExemptionScope.FULL)),
    /** Tijdelijke vrijstelling op verzoek, bewijs van inschrijving. */
    INS(ExemptionKind.VRIJSTELLING, EnumSet.of(ExemptionScope.TEMPORARY)),
    /** Tijdelijke vrijstelling ambtshalve, inschrijving op een vervolgopleiding. */
    OPL(ExemptionKind.VRIJSTELLING, EnumSet.of(ExemptionScope.TEMPORARY)),
    /** Ontheffing: bijzondere individuele omstandigheden. */
    BIO(ExemptionKind.ONTHEFFING, EnumSet.of(ExemptionScope.FULL, ExemptionScope.PARTIAL)),
    /** Ontheffing: medisch. */
    MED(ExemptionKind.ONTHEFFING, EnumSet.of(ExemptionScope.FULL, ExemptionScope.PARTIAL));

    private final ExemptionKind kind;
    private final Set<ExemptionScope> scopes;

    ExemptionGround(ExemptionKind kind, Set<ExemptionScope> scopes) {
        this.kind = kind;
        this.scopes = scopes;
    }

    /** The kind this ground belongs to. */
    public ExemptionKind kind() { return kind; }

    /** Whether an exemption on this ground may have this scope. */
    public boolean allows(ExemptionScope scope) { return scopes.contains(scope); }

    /** The scopes an exemption on this ground may have. */
    public Set<ExemptionScope> scopes() { return EnumSet.copyOf(scopes); }
}
