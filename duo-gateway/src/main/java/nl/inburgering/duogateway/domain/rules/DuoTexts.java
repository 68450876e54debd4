package nl.inburgering.duogateway.domain.rules;

import nl.inburgering.kit.logging.BsnMaskingFilter;

/**
 * DUO's {@code fouttekst} (Foutmelding: "Uitleg van een functionele foutsituatie", free text up to 200 characters) can
 * quote the person's BSN. Before it is kept anywhere (a task's outcome, an audit record, the operators' view, a log
 * line) the BSN the exchange was about is blanked wherever it stands, even inside other text, and every other run of
 * nine digits is masked as the kit's log filter masks it.
 */
public final class DuoTexts {

    private DuoTexts() {
    }

    public static String withoutBsn(String text, String bsn) {
        if (text == null) {
            return null;
        }
        String blanked = bsn == null || bsn.isEmpty() ? text : text.replace(bsn, "*********");
        return BsnMaskingFilter.mask(blanked);
    }
}
