package nl.inburgering.map.domain.rules;

/** The municipality's judgement in the final interview (eindgesprek, §5): are knowledge and skills sufficient. */
public enum FinalInterviewOutcome {
    SUFFICIENT,
    /** Recorded, but the MAP is not completed; a later final interview can complete it. */
    NOT_SUFFICIENT
}
