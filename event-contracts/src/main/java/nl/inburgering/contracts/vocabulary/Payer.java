package nl.inburgering.contracts.vocabulary;

/** Who pays an exam attempt (N6, N7). */
public enum Payer { MUNICIPALITY, PARTICIPANT }
