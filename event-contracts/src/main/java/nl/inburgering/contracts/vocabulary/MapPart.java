package nl.inburgering.contracts.vocabulary;

/** Parts of the Module Arbeidsmarkt en Participatie (seed; N11). */
public enum MapPart { START_INTERVIEW, LABOUR_MARKET_EDUCATION, WORK_EXPERIENCE, FINAL_INTERVIEW }
