package nl.inburgering.pip.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import nl.inburgering.kit.problem.RuleViolationException;

/** Test helper: asserts that a call is refused by the named rule. */
final class Violations {

    private Violations() {
    }

    static void assertRefusedBy(String rule, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.detail()).startsWith(rule + ": ").hasSizeGreaterThan(rule.length() + 10);
                });
    }
}
