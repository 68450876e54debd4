package nl.inburgering.localstack;

import java.time.Duration;
import java.util.UUID;

/**
 * Prints one dev token, for curl and Swagger UI during local runs:
 * <pre>
 * java -cp "local-stack/target/classes:$(cat local-stack/target/classes/local-stack/classpath.txt)" \
 *      nl.inburgering.localstack.DevTokenTool --role municipality-officer --municipality GM0363
 * </pre>
 */
public final class DevTokenTool {

    private static final String USAGE = """
            usage: DevTokenTool --role ROLE [--municipality GM0363] [--participant UUID] [--subject S] [--hours 8]
              ROLE: municipality-officer (needs --municipality), participant (needs --participant),
                    exam-provider, duo, duo-gateway (with duo; the gateway's own), operator, map-provider, pvt-provider (sub = the provider id: --subject, default map-provider-dev / pvt-provider-dev)
              prints a bearer token signed with the DEV-ONLY key (issuer urn:nld:inburgering:dev-only-issuer)""";

    private DevTokenTool() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(token(args));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(64);
        }
    }

    static String token(String[] args) {
        String role = null;
        String municipality = null;
        String participant = null;
        String subject = null;
        long hours = DevTokens.DEFAULT_TTL.toHours();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("-h") || option.equals("--help")) {
                throw new IllegalArgumentException("help requested");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--role" -> role = value;
                case "--municipality" -> municipality = value;
                case "--participant" -> participant = value;
                case "--subject" -> subject = value;
                case "--hours" -> hours = parseHours(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (role == null) {
            throw new IllegalArgumentException("--role is required");
        }
        if (!DevTokens.ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role '" + role + "'");
        }
        if (municipality != null && !municipality.matches("GM\\d{4}")) {
            throw new IllegalArgumentException("--municipality must be a CBS code like GM0363, not '" + municipality + "'");
        }
        if (role.equals(DevTokens.ROLE_MUNICIPALITY_OFFICER) && municipality == null) {
            throw new IllegalArgumentException("role municipality-officer needs --municipality");
        }
        if (participant != null) {
            try {
                participant = UUID.fromString(participant).toString();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--participant must be a UUID, not '" + participant + "'");
            }
            if (subject != null && !subject.equals(participant)) {
                throw new IllegalArgumentException("give --participant or --subject, not both");
            }
            subject = participant;
        }
        if (role.equals(DevTokens.ROLE_PARTICIPANT) && subject == null) {
            throw new IllegalArgumentException("role participant needs --participant UUID");
        }
        if (subject == null) {
            subject = role.equals(DevTokens.ROLE_MUNICIPALITY_OFFICER) ? "officer-" + municipality : role + "-dev";
        }
        if (role.equals(DevTokens.ROLE_DUO_GATEWAY)) {
            return DevTokens.duoGateway(Duration.ofHours(hours)); // with role duo beside it, as the gateway runs
        }
        return DevTokens.mint(role, municipality, subject, Duration.ofHours(hours));
    }

    private static long parseHours(String value) {
        try {
            long hours = Long.parseLong(value);
            if (hours < 1 || hours > 24 * 31) {
                throw new IllegalArgumentException("--hours must be between 1 and 744, not " + value);
            }
            return hours;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--hours must be a whole number, not '" + value + "'");
        }
    }
}
