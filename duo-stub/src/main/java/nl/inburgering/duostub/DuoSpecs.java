package nl.inburgering.duostub;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DUO's machine-to-machine OpenAPI documents (copies in {@code src/main/resources/duo-m2m}, unchanged from
 * {@code shared/reference/duo-m2m}) and a validator for each: Atlassian's swagger-request-validator judges every
 * request and response against them. Nothing here checks a field by hand.
 */
public final class DuoSpecs {

    /** The twelve APIs, by file name without {@code -openapi.yml}. */
    public static final List<String> APIS = List.of("Notificatie", "Inburgeringsplicht", "Examen", "PIP",
            "MAP-PVT-Zroute", "Contactpersoon", "GevolgdeUren", "Leerbaarheidstoets", "Inburgeringsaanbod",
            "Inburgeringstermijn", "Vrijstelling", "Ontheffing");

    /** One API: its document, its version (sent as API-Version) and its validator. */
    public record Spec(String name, String version, OpenAPI api, OpenApiInteractionValidator validator,
            List<Pattern> paths) {

        boolean serves(String path) {
            return paths.stream().anyMatch(p -> p.matcher(path).matches());
        }

        /** The first 2xx status the document gives the operation (201 for a POST of a PIP, 200 for a PUT, 204 ...). */
        public int successStatus(String method, String path) {
            for (Map.Entry<String, PathItem> entry : api.getPaths().entrySet()) {
                if (!template(entry.getKey()).matcher(path).matches()) {
                    continue;
                }
                Operation op = entry.getValue().readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
                if (op != null) {
                    return op.getResponses().keySet().stream().filter(code -> code.startsWith("2"))
                            .map(Integer::parseInt).sorted().findFirst().orElse(200);
                }
            }
            return 200;
        }

        public List<String> validateRequest(String method, String path, Map<String, List<String>> headers,
                String body) {
            SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
            headers.forEach(request::withHeader);
            if (body != null && !body.isEmpty()) {
                request.withBody(body);
            }
            return messages(validator.validateRequest(request.build()));
        }

        public List<String> validateResponse(String method, String path, int status, Map<String, List<String>> headers,
                String body) {
            SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
            headers.forEach(response::withHeader);
            if (body != null && !body.isEmpty()) {
                response.withBody(body);
            }
            return messages(validator.validateResponse(path, Request.Method.valueOf(method), response.build()));
        }
    }

    private final List<Spec> specs = new ArrayList<>();

    public DuoSpecs() {
        for (String name : APIS) {
            String text = resource("/duo-m2m/" + name + "-openapi.yml");
            io.swagger.v3.parser.core.models.ParseOptions options = new io.swagger.v3.parser.core.models.ParseOptions();
            options.setResolve(true);
            options.setResolveFully(true); // the headers and the BSN are $refs to components.parameters
            OpenAPI api = new OpenAPIV3Parser().readContents(text, null, options).getOpenAPI();
            if (api == null) {
                throw new IllegalStateException("cannot read DUO's " + name + " document");
            }
            List<Pattern> paths = api.getPaths().keySet().stream().map(DuoSpecs::template).toList();
            specs.add(new Spec(name, api.getInfo().getVersion(), api,
                    OpenApiInteractionValidator.createFor(api).build(), paths));
        }
    }

    /** The API whose document has this path (DUO's paths do not overlap between documents). */
    public Optional<Spec> forPath(String path) {
        return specs.stream().filter(s -> s.serves(path)).findFirst();
    }

    public Spec named(String name) {
        return specs.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
    }

    static Pattern template(String path) {
        return Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
    }

    private static List<String> messages(ValidationReport report) {
        List<String> messages = new ArrayList<>();
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() == ValidationReport.Level.ERROR) {
                messages.add(m.getKey() + ": " + m.getMessage());
            }
        }
        return messages;
    }

    private static String resource(String name) {
        try (InputStream in = DuoSpecs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
