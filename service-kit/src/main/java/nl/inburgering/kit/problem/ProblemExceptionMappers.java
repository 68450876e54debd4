package nl.inburgering.kit.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.inburgering.kit.logging.BsnMaskingFilter;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to problem+json (DESIGN §4): all bean-validation errors in one 400, malformed
 * JSON 400, 401/403, 404, 405 with Allow, 409 for rule violations and concurrent changes, 412, 415,
 * and a 500 that shows no internals but carries a correlation id that the log line carries too.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @jakarta.inject.Inject
    nl.inburgering.kit.explain.Explanations explanations;

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), codeOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::code))
                .collect(Collectors.toCollection(ArrayList::new));
        return ProblemFactory.response(ProblemFactory.validation(errors, path(uri)));
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        return ProblemFactory.response(ProblemFactory.validation(e.errors(), path(uri)));
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolationException e, UriInfo uri, HttpHeaders headers) {
        return ProblemFactory.response(ProblemFactory.ruleViolation(e, path(uri),
                explanations.forRequest(headers).apply(e.rule())));
    }

    @ServerExceptionMapper
    public Response readOnly(ReadOnlyAccessException e, UriInfo uri) {
        return ProblemFactory.response(ProblemFactory.of(403, "read-only", "Read only", e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e, UriInfo uri) {
        return ProblemFactory.response(ProblemFactory.of(404, "not-found", "Not found", e.getMessage(), path(uri)));
    }

    /**
     * An unknown address is a 404. But RESTEasy Reactive also answers 404 for a method that a nested
     * resource class (e.g. {@code /v1/participants/{id}/plans}) does not have (quarkusio/quarkus#26496,
     * #27659); the OpenAPI model knows the path, so that case becomes the 405 with {@code Allow} it should be.
     */
    @ServerExceptionMapper
    public Response unknownResource(NotFoundException e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        String path = path(uri);
        List<Problem.FieldError> badQuery = unconvertibleQuery(e, uri);
        if (!badQuery.isEmpty()) {
            return ProblemFactory.response(ProblemFactory.validation(badQuery, path));
        }
        java.util.Set<String> allowed = path == null ? java.util.Set.of()
                : nl.inburgering.kit.openapi.AllowedMethodsIndex.allowed(path);
        if (!allowed.isEmpty() && request != null && !allowed.contains(request.getMethod())) {
            return ProblemFactory.builder(ProblemFactory.of(405, "method-not-allowed", "Method not allowed",
                    "This resource does not support this HTTP method.", path))
                    .header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
        }
        return ProblemFactory.response(ProblemFactory.of(404, "not-found", "Not found",
                "No resource exists at this address.", path));
    }

    /**
     * JAX-RS answers 404 when a query parameter's text does not convert (a date like "tomorrow", an unknown enum
     * value): the client sent bad input, so it is a 400 naming the parameter. The parameter is the one whose value the
     * conversion failure quotes; the failure's own text (it may name classes) is never echoed. A path parameter that
     * does not convert stays a 404: no resource has that address.
     */
    private static List<Problem.FieldError> unconvertibleQuery(NotFoundException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause == null || cause instanceof jakarta.ws.rs.WebApplicationException || uri == null) {
            return List.of();
        }
        String message = String.valueOf(cause.getMessage());
        List<Problem.FieldError> errors = new ArrayList<>();
        uri.getQueryParameters().forEach((name, values) -> values.stream()
                .filter(v -> !v.isEmpty() && message.contains(v)).findFirst()
                .ifPresent(v -> errors.add(new Problem.FieldError(name, "format", "'" + (v.length() > 100
                        ? v.substring(0, 100) + "…" : v) + "' is not a valid value for " + name))));
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return errors;
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e, UriInfo uri) {
        return ProblemFactory.response(ProblemFactory.of(428, "precondition-required", "Precondition required",
                e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, UriInfo uri) {
        Response.ResponseBuilder b = ProblemFactory.builder(ProblemFactory.of(405, "method-not-allowed",
                "Method not allowed", "This resource does not support this HTTP method.", path(uri)));
        // Keep the Allow header that JAX-RS computed from the resource's methods.
        java.util.Set<String> allowed = new java.util.TreeSet<>(e.getResponse().getAllowedMethods());
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (HttpHeaders.ALLOW.equalsIgnoreCase(name)) {
                values.forEach(v -> allowed.addAll(java.util.Arrays.asList(String.valueOf(v).split("\\s*,\\s*"))));
            }
        });
        allowed.remove("");
        if (allowed.isEmpty() && uri != null) {
            allowed.addAll(nl.inburgering.kit.openapi.AllowedMethodsIndex.allowed(path(uri)));
        }
        if (!allowed.isEmpty()) {
            b.header(HttpHeaders.ALLOW, String.join(", ", allowed));
        } else {
            LOG.debugf("405 without Allow: %s", e.getResponse().getHeaders());
        }
        return b.build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return ProblemFactory.response(ProblemFactory.of(415, "unsupported-media-type", "Unsupported media type",
                "Send the body as application/json.", path(uri)));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return ProblemFactory.response(ProblemFactory.of(406, "not-acceptable", "Not acceptable",
                "This resource answers in application/json only.", path(uri)));
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e, UriInfo uri) {
        return ProblemFactory.response(ProblemFactory.of(412, "precondition-failed", "Precondition failed",
                e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper({StaleStateException.class, jakarta.persistence.OptimisticLockException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return ProblemFactory.response(ProblemFactory.of(409, "concurrent-change", "Concurrent change",
                "The resource was changed by someone else at the same time. Read it again and retry.", path(uri)));
    }

    @ServerExceptionMapper
    public Response uniqueConflict(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        // Never echo the database message: it can contain the conflicting values.
        return ProblemFactory.response(ProblemFactory.of(409, "conflict", "Conflict",
                "The request conflicts with existing data (it may have been sent twice at the same time).",
                path(uri)));
    }

    /** A chunked body over the limit, found while reading it (BodyLimit); the rest is left unread, so close. */
    @ServerExceptionMapper
    public Response bodyTooLarge(nl.inburgering.kit.http.BodyLimit.TooLargeException e, UriInfo uri) {
        return ProblemFactory.builder(ProblemFactory.of(413, "payload-too-large", "Payload too large",
                "A request body is at most " + nl.inburgering.kit.http.ApiConventionsFilter.MAX_BODY_BYTES / 1024
                        + " KiB.", path(uri)))
                .header("Connection", "close").build();
    }

    @ServerExceptionMapper
    public Response notUtf8(nl.inburgering.kit.http.BodyLimit.NotUtf8Exception e, UriInfo uri) {
        return ProblemFactory.response(ProblemFactory.of(400, "malformed-json", "Malformed JSON",
                "The request body is not in UTF-8.", path(uri)));
    }

    // --- malformed JSON bodies -------------------------------------------------------------

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        String what = String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")
                ? "has a key twice" : "is not valid JSON";
        return ProblemFactory.response(ProblemFactory.of(400, "malformed-json", "Malformed JSON",
                "The request body " + what + " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ").", path(uri)));
    }

    // One mapper per Jackson exception type, although they all answer alike: Quarkus REST brings its own mappers
    // for some of them (an empty 400), and only a mapper of the same type takes precedence over those.
    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return fieldProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return fieldProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return fieldProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e, UriInfo uri) {
        return fieldProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return fieldProblem(e, uri);
    }

    // --- security ---------------------------------------------------------------------------

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return ProblemFactory.builder(ProblemFactory.of(401, "unauthorized", "Unauthorized",
                "A valid bearer token is required.", path(uri)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemFactory.response(ProblemFactory.of(403, "forbidden", "Forbidden",
                "Your role does not allow this action.", path(uri)));
    }

    // --- everything else ------------------------------------------------------------------

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        // RESTEasy Reactive wraps a body that Jackson cannot read in a 400: answer with what Jackson found.
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformedJson(parse, uri);
            }
            if (cause instanceof JsonMappingException mapping) {
                return jsonMapping(mapping, uri);
            }
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return ProblemFactory.response(ProblemFactory.of(status, "http-" + status, reason,
                "The request could not be processed: " + reason.toLowerCase() + ".", path(uri)));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (nl.inburgering.kit.persistence.DatabaseUnavailable.is(e)) {
            return databaseUnavailable(e, uri);
        }
        String correlationId = UUID.randomUUID().toString();
        // The class name and stack go to the log only; the message may hold data, so it stays out of the answer.
        LOG.errorf(BsnMaskingFilter.sanitize(e), "Unexpected error correlationId=%s path=%s", correlationId, path(uri));
        return ProblemFactory.response(ProblemFactory.internal(correlationId, path(uri)));
    }

    /**
     * The database is down or restarting (issue 14 item 3): a 503 the client may retry, not a 500, and no stack trace
     * in the log (it is an outage, not a defect; the readiness check and the datasource metrics report it).
     */
    private static Response databaseUnavailable(Throwable e, UriInfo uri) {
        LOG.warnf("Database unavailable, answered 503: path=%s (%s)", path(uri), e.getClass().getSimpleName());
        return ProblemFactory.builder(ProblemFactory.of(503, "service-unavailable", "Service unavailable",
                "The service cannot reach its database just now. Your request may not have been carried out: "
                        + "retry it shortly (with the same Idempotency-Key where the operation accepts one).",
                path(uri))).header("Retry-After", "5").build();
    }

    private static Response fieldProblem(JsonMappingException e, UriInfo uri) {
        if (e instanceof InvalidFieldsException all) {
            return ProblemFactory.response(ProblemFactory.validation(all.errors(), path(uri)));
        }
        Problem.FieldError error = FieldErrors.of(e, "");
        return ProblemFactory.response(ProblemFactory.validation(List.of(error), path(uri)));
    }

    /**
     * {@code register.request.bsn} becomes {@code bsn} and {@code list.pageSize} stays {@code pageSize}:
     * the caller knows its JSON and query parameters, not our method names.
     */
    static String fieldOf(ConstraintViolation<?> v) {
        String parameter = null;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : v.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !properties.isEmpty()) {
                int last = properties.size() - 1;
                properties.set(last, properties.get(last) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                properties.add(name);
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter != null ? parameter : "body";
    }

    static String codeOf(ConstraintViolation<?> v) {
        String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return Character.toLowerCase(annotation.charAt(0)) + annotation.substring(1);
    }

    static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
