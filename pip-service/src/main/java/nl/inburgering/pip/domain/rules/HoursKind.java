package nl.inburgering.pip.domain.rules;

/**
 * Kinds of hours registered for the Z-route, after DUO's GevolgdeUren API (SDI016; §3.3, N13, N14 [C]/[I]).
 */
public enum HoursKind {
    /**
     * {@code participatietaalles}: Dutch language and KNM lessons at a course institution in the leerroute.
     * Counts towards the Z-route course hours; hours from a previous route count after a switch (§3.4).
     */
    COURSE,
    /**
     * {@code participatieactiviteiten}: participation activities for the Z-route, including those during the
     * brede intake ("De uren uit Brede Intake tellen mee", Besluit art. 3.14). Count for asylum permit holders
     * only (N13, N14).
     */
    PARTICIPATION,
    /**
     * {@code bredeintake/taallesknm}: language and KNM lessons during the brede intake. Do not count towards
     * the route's course hours ("De uren uit Brede Intake tellen niet mee", §2.2). Whether they count as
     * participation is configurable in {@link ZRouteHours} (default: no).
     */
    INTAKE_LANGUAGE
}
