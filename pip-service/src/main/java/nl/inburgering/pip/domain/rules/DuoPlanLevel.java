package nl.inburgering.pip.domain.rules;

import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;

/**
 * Issue 8 item 9: the level DUO's PIP API can receive. DUO's {@code NiveauPip} has only A2 and B1 and is defined as
 * "het minimaal te behalen niveau van alle examenonderdelen (taal, exclusief KNM) <em>binnen de B1-Route</em>".
 * Decision: report it for the B1-route only (B1, or A2 after afschalen: the minimum), and leave it out for the
 * Onderwijsroute (B1 or B2 here) and the Z-route (A1/A2 or none here), where DUO defines no level. Nothing is
 * refused: our own levels stay as the PIP states them, for the rules and the views.
 */
public final class DuoPlanLevel {

    private DuoPlanLevel() {
    }

    /** @return DUO's NiveauPip for a PIP with this route and level, or null when DUO takes none */
    public static LanguageLevel of(Route route, LanguageLevel level) {
        if (route != Route.B1 || level == null) {
            return null;
        }
        if (level != LanguageLevel.A2 && level != LanguageLevel.B1) {
            throw new IllegalArgumentException("a B1-route PIP is at B1 or A2, not " + level); // PlanRules refuses it
        }
        return level;
    }
}
