package nl.inburgering.contracts.vocabulary;

/** Gehele, gedeeltelijke (per component) or tijdelijke vrijstelling/ontheffing. */
public enum ExemptionScope { FULL, PARTIAL, TEMPORARY }
