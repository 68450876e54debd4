package nl.inburgering.map.domain;

/** What the work experience of the MAP's practical part was (N11: in a language-rich setting). */
public enum WorkExperienceKind {
    VOLUNTEERING,
    INTERNSHIP,
    ORGANISATION_VISIT,
    PAID_WORK,
    OTHER
}
