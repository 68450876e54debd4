package nl.inburgering.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.inburgering.kit.deadletter.DeadLetters;
import nl.inburgering.kit.explain.Explanation;
import nl.inburgering.kit.explain.Explanations;
import nl.inburgering.kit.idempotency.IdempotencyStore;
import nl.inburgering.kit.participants.ReplicaAccess;
import nl.inburgering.kit.rules.FactDay;
import nl.inburgering.kit.rules.ModuleResultRules;

/**
 * Issue 12 item 7, for every service: each rule code the service can answer with has a plain sentence in Dutch and
 * in English and a legal source, and none of them cites an internal document (a "§" of the rules file, DESIGN, N12).
 */
public final class ExplanationChecks {

    /** Internal references a person cannot look up. */
    private static final Pattern INTERNAL = Pattern.compile("§|DESIGN|\\brules\\b|\\b[NES][0-9]{1,2}\\b|wi2021-rules");
    private static final Pattern CODE = Pattern.compile("[A-Z§][A-Za-z0-9§.\\-]*");

    private ExplanationChecks() {
    }

    /** The kit's own codes, which every service can answer with. */
    public static Set<String> kitCodes() {
        return codesOf(FactDay.class, ModuleResultRules.class, ReplicaAccess.class, IdempotencyStore.class,
                DeadLetters.class);
    }

    /** The values of the {@code static final String} constants of these classes that look like rule codes. */
    public static Set<String> codesOf(Class<?>... holders) {
        Set<String> codes = new TreeSet<>();
        for (Class<?> holder : holders) {
            for (Field f : holder.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == String.class) {
                    try {
                        f.setAccessible(true);
                        String value = (String) f.get(null);
                        if (value != null && CODE.matcher(value).matches()) {
                            codes.add(value);
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return codes;
    }

    /** Fails naming every code of {@code codes} without a text or a source, and every text citing an internal document. */
    public static void assertExplained(String service, Collection<String> codes) {
        Explanations explanations = Explanations.load(service, "nl");
        assertThat(explanations.unexplained(codes)).as("codes without a text or a source").isEmpty();
        List<String> internal = new ArrayList<>();
        for (String code : codes) {
            for (String language : Explanations.LANGUAGES) {
                Explanation e = explanations.of(code, language);
                if (INTERNAL.matcher(e.text()).find()) {
                    internal.add(code + " (" + language + ") text: " + e.text());
                }
                if (e.source().contains("DESIGN") || e.source().contains("rules")) {
                    internal.add(code + " (" + language + ") source: " + e.source());
                }
            }
        }
        assertThat(internal).as("explanations that cite an internal document").isEmpty();
        assertThat(explanations.of(codes.iterator().next(), "nl").text())
                .as("Dutch and English differ").isNotEqualTo(explanations.of(codes.iterator().next(), "en").text());
    }
}
