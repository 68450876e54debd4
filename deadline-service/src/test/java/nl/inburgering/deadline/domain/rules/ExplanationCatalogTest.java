package nl.inburgering.deadline.domain.rules;

import java.util.Set;
import java.util.TreeSet;
import nl.inburgering.deadline.service.ExemptionService;
import nl.inburgering.deadline.service.ExtensionService;
import nl.inburgering.deadline.service.FineService;
import nl.inburgering.kit.testing.ExplanationChecks;
import org.junit.jupiter.api.Test;

/** Issue 12 item 7: every rule code deadline-service answers a 409 with is explained in nl and en. */
class ExplanationCatalogTest {

    @Test
    void everyRuleCodeHasASentenceInDutchAndEnglishAndALegalSource() {
        Set<String> codes = new TreeSet<>(ExplanationChecks.codesOf(ExtensionPolicy.class, FinePolicy.class,
                ExemptionService.class, ExtensionService.class, FineService.class));
        codes.addAll(ExplanationChecks.kitCodes());
        ExplanationChecks.assertExplained("deadline", codes);
    }
}
