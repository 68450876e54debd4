package nl.inburgering.exam.domain.rules;

import java.util.Set;
import java.util.TreeSet;
import nl.inburgering.kit.testing.ExplanationChecks;
import org.junit.jupiter.api.Test;

/** Issue 12 item 7: every rule code exam-service answers a 409 with is explained in nl and en. */
class ExplanationCatalogTest {

    @Test
    void everyRuleCodeHasASentenceInDutchAndEnglishAndALegalSource() {
        Set<String> codes = new TreeSet<>(ExplanationChecks.codesOf(RuleCodes.class));
        codes.addAll(ExplanationChecks.kitCodes());
        ExplanationChecks.assertExplained("exam", codes);
    }
}
