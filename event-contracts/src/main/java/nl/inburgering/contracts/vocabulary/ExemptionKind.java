package nl.inburgering.contracts.vocabulary;

/** Vrijstelling (exemption by law or on request) or ontheffing (dispensation, e.g. medical). */
public enum ExemptionKind { VRIJSTELLING, ONTHEFFING }
