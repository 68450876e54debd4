package nl.inburgering.kit.http;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.inburgering.kit.problem.InvalidInputException;
import nl.inburgering.kit.problem.Problem.FieldError;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter the operation does not declare is a 400 naming it (issue 14 item 5), never silently ignored:
 * a misspelt filter ({@code ?municipalty=GM0363}) would otherwise answer as if unfiltered, and the page links would
 * carry it on. The declared names come from the resource method's {@code @QueryParam}s. The values are held to what
 * a body's are held to ({@link StrictJson}): no control characters (a NUL reached PostgreSQL, which refuses it: a 500)
 * and a date ({@code LocalDate}) that exists, as yyyy-mm-dd, between 1900 and 2199 (JAX-RS read 0000-01-01).
 */
public class KnownQueryParameters {

    private static final Map<Method, Map<String, Class<?>>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || request.getUriInfo().getQueryParameters().isEmpty()) {
            return;
        }
        Map<String, Class<?>> declaredTypes = DECLARED.computeIfAbsent(method, KnownQueryParameters::declared);
        Set<String> declared = declaredTypes.keySet();
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            if (declared.contains(name)) {
                for (String value : parameter.getValue()) {
                    String wrong = wrongValue(value, declaredTypes.get(name));
                    if (wrong != null) {
                        errors.add(new FieldError(name, wrong.startsWith("must not") ? "control-character" : "format",
                                wrong));
                        break;
                    }
                }
            } else {
                errors.add(new FieldError(name.length() > 100 ? name.substring(0, 100) + "…" : name, "unknown",
                        "is not a query parameter of this operation" + (declared.isEmpty() ? " (it has none)"
                                : "; it has " + String.join(", ", declared.stream().sorted().toList()))));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(FieldError::field));
            throw new InvalidInputException(errors);
        }
    }

    /** What is wrong with a declared parameter's value, or null. */
    static String wrongValue(String value, Class<?> type) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "must not contain control characters";
            }
        }
        if (type == LocalDate.class && !value.isEmpty()) {
            String wrong = "must be a date that exists (yyyy-mm-dd) between " + StrictJson.FIRST_YEAR + " and "
                    + StrictJson.LAST_YEAR;
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return wrong;
            }
            try {
                int year = LocalDate.parse(value).getYear();
                return year < StrictJson.FIRST_YEAR || year > StrictJson.LAST_YEAR ? wrong : null;
            } catch (DateTimeException e) {
                return wrong;
            }
        }
        return null;
    }

    private static Map<String, Class<?>> declared(Method method) {
        Map<String, Class<?>> names = new HashMap<>();
        for (Parameter p : method.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) {
                names.put(q.value(), p.getType());
            }
        }
        return Map.copyOf(names);
    }
}
