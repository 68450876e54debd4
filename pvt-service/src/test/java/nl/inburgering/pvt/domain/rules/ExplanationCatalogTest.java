package nl.inburgering.pvt.domain.rules;

import java.util.Set;
import java.util.TreeSet;
import nl.inburgering.kit.testing.ExplanationChecks;
import org.junit.jupiter.api.Test;

/** Issue 12 item 7: every rule code pvt-service answers with (409s, the PVT progress view) is explained in nl and en. */
class ExplanationCatalogTest {

    @Test
    void everyRuleCodeHasASentenceInDutchAndEnglishAndALegalSource() {
        Set<String> codes = new TreeSet<>(ExplanationChecks.codesOf(RuleCodes.class));
        for (PvtRequirement r : PvtRequirement.values()) {
            codes.add(r.rule());
        }
        codes.addAll(ExplanationChecks.kitCodes());
        ExplanationChecks.assertExplained("pvt", codes);
    }
}
