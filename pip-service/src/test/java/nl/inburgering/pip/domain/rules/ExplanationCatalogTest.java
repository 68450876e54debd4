package nl.inburgering.pip.domain.rules;

import java.util.Set;
import java.util.TreeSet;
import nl.inburgering.kit.testing.ExplanationChecks;
import org.junit.jupiter.api.Test;

/** Issue 12 item 7: every verdict pip-service gives (a 409's rule, a progress line) is explained in nl and en. */
class ExplanationCatalogTest {

    @Test
    void everyRuleCodeAndProgressVerdictHasASentenceInDutchAndEnglishAndALegalSource() {
        Set<String> codes = new TreeSet<>(ExplanationChecks.codesOf(RuleCodes.class));
        codes.addAll(CompletionPolicy.CODES);
        codes.add("BSN-UNIQUE");
        codes.addAll(ExplanationChecks.kitCodes());
        ExplanationChecks.assertExplained("pip", codes);
    }
}
