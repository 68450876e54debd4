package nl.inburgering.kit.explain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.inburgering.kit.config.KitConfig;

/**
 * The catalog of explanations (issue 12 item 7): {@code explanations/kit_<lang>.properties} of service-kit and
 * {@code explanations/<service>_<lang>.properties} of the service, for {@code nl} and {@code en}, with
 * {@code <code>.text} and {@code <code>.source} per rule code. The language is the first of the request's
 * {@code Accept-Language} that is Dutch or English; Dutch without one ({@code kit.explanations.default-language}).
 * A code without an entry is explained by its code alone; every service's tests prove each code has an entry.
 */
@ApplicationScoped
public class Explanations {

    public static final List<String> LANGUAGES = List.of("nl", "en");

    private final Map<String, Properties> catalogs = new HashMap<>();

    private String defaultLanguage;

    @Inject
    KitConfig config;

    Explanations() {
    }

    /** A catalog of the kit and this service (also for tests, without CDI). */
    public static Explanations load(String service, String defaultLanguage) {
        Explanations explanations = new Explanations();
        explanations.read(service);
        explanations.defaultLanguage = defaultLanguage;
        return explanations;
    }

    @jakarta.annotation.PostConstruct
    void init() {
        read(config.serviceName());
        defaultLanguage = config.explanations().defaultLanguage();
    }

    private void read(String service) {
        for (String language : LANGUAGES) {
            Properties catalog = new Properties();
            for (String name : List.of("kit", service)) {
                String resource = "explanations/" + name + "_" + language + ".properties";
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                    if (in != null) {
                        catalog.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + resource, e);
                }
            }
            catalogs.put(language, catalog);
        }
    }

    /** The explanation of {@code code} in {@code language} (nl or en); the code alone when it has no entry. */
    public Explanation of(String code, String language) {
        if (code == null) {
            return null;
        }
        Properties catalog = catalogs.getOrDefault(language, catalogs.get(defaultLanguage));
        return new Explanation(code, catalog.getProperty(code + ".text"), catalog.getProperty(code + ".source"));
    }

    /** The language of these acceptable languages (best first): nl or en, else the default. */
    public String language(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                if (LANGUAGES.contains(locale.getLanguage())) {
                    return locale.getLanguage();
                }
            }
        }
        return defaultLanguage;
    }

    /** Explains codes in the request's language. */
    public Function<String, Explanation> forRequest(HttpHeaders headers) {
        String language = language(acceptable(headers));
        return code -> of(code, language);
    }

    /**
     * The request's Accept-Language, best first; none when it cannot be read (e.g. {@code q=abc}): RFC 9110 lets a
     * server ignore the header, and JAX-RS's parser throws, which turned the 409 being written into a 500.
     */
    static List<Locale> acceptable(HttpHeaders headers) {
        if (headers == null) {
            return null;
        }
        try {
            return headers.getAcceptableLanguages();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** The codes {@code codes} that lack a text or a source in some language (for the tests). */
    public Set<String> unexplained(Iterable<String> codes) {
        Set<String> missing = new TreeSet<>();
        for (String code : codes) {
            for (String language : LANGUAGES) {
                Properties catalog = catalogs.get(language);
                if (isBlank(catalog.getProperty(code + ".text")) || isBlank(catalog.getProperty(code + ".source"))) {
                    missing.add(code + " (" + language + ")");
                }
            }
        }
        return missing;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
