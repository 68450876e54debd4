package nl.inburgering.pip.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import nl.inburgering.kit.openapi.AllowedMethodsIndex;
import nl.inburgering.kit.problem.ProblemFactory;
import nl.inburgering.pip.service.PreconditionRequiredException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * pip-service's problem answers the service-kit does not give:
 * <ul>
 *   <li>428 Precondition Required (RFC 6585) for an update without {@code If-Match};</li>
 *   <li>405 with {@code Allow} for a method a participant sub-resource does not have. Those sub-resources are
 *       separate resource classes under {@code /v1/participants/{participantId}/…}, and RESTEasy Reactive answers
 *       a method none of them has with a NotFoundException instead of a NotAllowedException (its class routing
 *       with shared prefixes, quarkusio/quarkus#26496, #27659). The OpenAPI model knows the path, so this mapper,
 *       ahead of the service-kit's, turns such a 404 into the 405 DESIGN §4 asks for; unknown paths stay 404.</li>
 * </ul>
 */
public class PipProblemMappers {

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e, UriInfo uri) {
        return ProblemFactory.response(ProblemFactory.of(428, "precondition-required", "Precondition required",
                e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper(priority = Priorities.USER - 1000)
    public Response unknownResourceOrMethod(NotFoundException e, UriInfo uri, Request request) {
        String path = path(uri);
        Set<String> allowed = path == null ? Set.of() : AllowedMethodsIndex.allowed(path);
        if (!allowed.isEmpty() && request != null && !allowed.contains(request.getMethod())) {
            return ProblemFactory.builder(ProblemFactory.of(405, "method-not-allowed", "Method not allowed",
                    "This resource does not support this HTTP method.", path))
                    .header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
        }
        return ProblemFactory.response(ProblemFactory.of(404, "not-found", "Not found",
                "No resource exists at this address.", path));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
