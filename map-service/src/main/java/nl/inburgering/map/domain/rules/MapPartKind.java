package nl.inburgering.map.domain.rules;

/** The kinds of entry the MAP is recorded in (seed: its four parts; a theme is one step of the education). */
public enum MapPartKind {
    START_INTERVIEW,
    /** One theme of the labour-market education done. */
    THEME,
    WORK_EXPERIENCE,
    FINAL_INTERVIEW
}
