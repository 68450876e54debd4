package nl.inburgering.contracts.vocabulary;

/** Why an inburgeringsplicht ended without completion (DESIGN §3; DUO SS106–SS111, §11 E14/E15). */
public enum ObligationEndReason { NATURALISED, PENSION_AGE, LEFT_COUNTRY, DECEASED, WITHDRAWN }
