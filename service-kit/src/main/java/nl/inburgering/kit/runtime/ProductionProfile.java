package nl.inburgering.kit.runtime;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigUtils;

/** Whether this is a production run: a packaged application started with the {@code prod} profile. */
public final class ProductionProfile {

    private ProductionProfile() {
    }

    /** True for {@code java -jar} with the prod profile; false for local runs, dev mode and tests. */
    public static boolean active() {
        return LaunchMode.current() == LaunchMode.NORMAL && ConfigUtils.getProfiles().contains("prod");
    }
}
