package nl.inburgering.contracts.envelope;

import java.util.regex.Pattern;

/**
 * CloudEvent {@code source} values: {@code urn:nld:inburgering:<service>} (DESIGN §3; an {@code nld} URN as the
 * NL GOV profile asks, naming the producing system, never a data location).
 */
public final class EventSources {

    public static final String PREFIX = "urn:nld:inburgering:";
    public static final String PIP_SERVICE = PREFIX + "pip-service";
    public static final String EXAM_SERVICE = PREFIX + "exam-service";
    public static final String MAP_SERVICE = PREFIX + "map-service";
    public static final String PVT_SERVICE = PREFIX + "pvt-service";
    public static final String DEADLINE_SERVICE = PREFIX + "deadline-service";

    private static final Pattern SERVICE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private EventSources() {
    }

    /** The source for a service name, e.g. {@code of("pip-service")}. */
    public static String of(String service) {
        if (service == null || !SERVICE.matcher(service).matches()) {
            throw new IllegalArgumentException("service must be a lower-case name such as pip-service");
        }
        return PREFIX + service;
    }

    /** Whether {@code source} has our form {@code urn:nld:inburgering:<service>}. */
    public static boolean isValid(String source) {
        return source != null && source.startsWith(PREFIX) && SERVICE.matcher(source.substring(PREFIX.length())).matches();
    }
}
