package nl.inburgering.kit.http;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
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
 * carry it on. The declared names come from the resource method's {@code @QueryParam}s.
 */
public class KnownQueryParameters {

    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || request.getUriInfo().getQueryParameters().isEmpty()) {
            return;
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, KnownQueryParameters::declared);
        List<FieldError> errors = new ArrayList<>();
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!declared.contains(name)) {
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

    private static Set<String> declared(Method method) {
        Set<String> names = new HashSet<>();
        for (Parameter p : method.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) {
                names.add(q.value());
            }
        }
        return Set.copyOf(names);
    }
}
