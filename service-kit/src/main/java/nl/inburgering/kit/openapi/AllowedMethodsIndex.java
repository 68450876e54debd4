package nl.inburgering.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Which HTTP methods each path supports, read from the service's own OpenAPI model at start. A 405 must
 * carry an {@code Allow} header (ADR /core/http-methods); RESTEasy Reactive's NotAllowedException does not,
 * and the OpenAPI document is the service's own complete list of operations.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class AllowedMethodsIndex implements OASFilter {

    record Entry(Pattern path, Set<String> methods) {
    }

    private static volatile List<Entry> entries = List.of();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<Entry> index = new ArrayList<>();
        openAPI.getPaths().getPathItems().forEach((template, item) -> {
            Set<String> methods = new TreeSet<>();
            for (PathItem.HttpMethod m : item.getOperations().keySet()) {
                methods.add(m.name());
            }
            if (methods.contains("GET")) {
                methods.add("HEAD");
            }
            methods.add("OPTIONS");
            String regex = "^" + Pattern.quote(template).replaceAll("\\{[^}/]+\\}", "\\\\E[^/]+\\\\Q") + "$";
            index.add(new Entry(Pattern.compile(regex), methods));
        });
        entries = List.copyOf(index);
    }

    /** The methods a path supports, or an empty set when unknown. */
    public static Set<String> allowed(String path) {
        Set<String> methods = new TreeSet<>();
        for (Entry e : entries) {
            if (e.path().matcher(path).matches()) {
                methods.addAll(e.methods());
            }
        }
        return methods;
    }
}
