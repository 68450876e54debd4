package nl.inburgering.pvt.domain.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The configurable PVT rules (rules §6; {@code pvt.*} in application.properties).
 *
 * @param hoursRequired         N12: hours attended before the signing (12)
 * @param educationRequired     education on the core values before the signing (true)
 * @param communityWalkRequired the seed's walk through the community before the signing (true; not in the law)
 * @param topics                the topics a session may have (the core values and more)
 * @param requiredTopics        topics each participant must have attended before the signing (none by default)
 */
public record PvtRulesConfig(BigDecimal hoursRequired, boolean educationRequired, boolean communityWalkRequired,
        List<String> topics, List<String> requiredTopics) {

    public PvtRulesConfig {
        Objects.requireNonNull(hoursRequired, "hoursRequired");
        topics = List.copyOf(topics);
        requiredTopics = List.copyOf(requiredTopics);
        if (hoursRequired.signum() < 0) {
            throw new IllegalArgumentException("pvt.hours-required must not be negative");
        }
        if (!topics.containsAll(requiredTopics)) {
            throw new IllegalArgumentException("pvt.required-topics " + requiredTopics + " must be among pvt.topics "
                    + topics);
        }
    }
}
