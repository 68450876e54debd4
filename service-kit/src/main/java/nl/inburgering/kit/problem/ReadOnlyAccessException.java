package nl.inburgering.kit.problem;

import java.time.LocalDate;

/**
 * The caller may read this resource but not change it: an officer of the participant's previous municipality
 * during its read period after a move (§11 E10). A 403 that says so is clearer than a 404 and leaks nothing, since
 * that officer may read the participant anyway (issue 8 item 11).
 */
public class ReadOnlyAccessException extends RuntimeException {

    public ReadOnlyAccessException(String detail) {
        super(detail);
    }

    /** The previous municipality's officer, during its read period after a move to {@code currentMunicipality}. */
    public static ReadOnlyAccessException previousMunicipality(String currentMunicipality, String previousMunicipality,
            LocalDate readableUntil) {
        return new ReadOnlyAccessException("The participant moved to " + currentMunicipality + "; "
                + previousMunicipality + " may read this participant until " + readableUntil + ", but only "
                + currentMunicipality + " may change anything.");
    }
}
