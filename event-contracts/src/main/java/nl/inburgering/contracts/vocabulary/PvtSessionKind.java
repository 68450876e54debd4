package nl.inburgering.contracts.vocabulary;

/**
 * Kinds of participatieverklaringstraject session (seed; N12, rules §6): education on the core values (voorlichting,
 * workshop), the walk through the community (the seed's step), and the ceremony where statements are signed. Hours
 * of each kind count toward the 12.
 */
public enum PvtSessionKind { EDUCATION, COMMUNITY_WALK, SIGNING_CEREMONY }
