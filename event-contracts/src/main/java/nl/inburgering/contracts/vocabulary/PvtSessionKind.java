package nl.inburgering.contracts.vocabulary;

/** Kinds of participatieverklaringstraject session (seed; N12). */
public enum PvtSessionKind { EDUCATION, COMMUNITY_WALK }
