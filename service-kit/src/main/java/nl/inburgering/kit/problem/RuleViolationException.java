package nl.inburgering.kit.problem;

/**
 * A rule of the domain forbids what was asked. Becomes a 409 problem+json whose {@code detail} names the
 * rule (e.g. {@code "N16: a route switch is allowed once"}) and whose {@code rule} member carries its code.
 * Pure rule classes throw it; it has no framework dependency on purpose.
 */
public class RuleViolationException extends RuntimeException {

    private final String rule;

    /**
     * @param rule   the rule's short code as the sources name it: {@code N16}, {@code §3.4}, {@code DUO-PIP-1}
     * @param detail a sentence a caseworker understands, without personal data
     */
    public RuleViolationException(String rule, String detail) {
        super(rule + ": " + detail);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    public String detail() {
        return getMessage();
    }
}
