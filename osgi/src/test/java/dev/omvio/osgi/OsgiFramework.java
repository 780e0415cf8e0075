package dev.omvio.osgi;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A real OSGi framework in this JVM, for the integration tests: Apache Felix or Eclipse Equinox,
 * whichever one the test's class path holds (the build runs {@link BundlesIT} once with each).
 */
final class OsgiFramework implements AutoCloseable {
    private final Framework framework;

    private OsgiFramework(Framework framework) {
        this.framework = framework;
    }

    /** Starts a framework that keeps its cache in {@code storage}, with extra framework properties. */
    static OsgiFramework start(Path storage, Map<String, String> properties) throws BundleException {
        Map<String, String> configuration = new HashMap<>(properties);
        configuration.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        configuration.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow()
                .newFramework(configuration);
        framework.start();
        return new OsgiFramework(framework);
    }

    /** The symbolic name of the framework's system bundle: which implementation is running. */
    String implementation() {
        return context().getBundle(Constants.SYSTEM_BUNDLE_ID).getSymbolicName();
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    /** Installs every jar of {@code folder}, then starts them all. */
    List<Bundle> installAndStartAll(Path folder) throws IOException, BundleException {
        List<Bundle> bundles = new ArrayList<>();
        try (Stream<Path> jars = Files.list(folder)) {
            for (Path jar : jars.filter(path -> path.toString().endsWith(".jar")).sorted().toList()) {
                bundles.add(install(jar));
            }
        }
        for (Bundle bundle : bundles) {
            bundle.start();
        }
        return bundles;
    }

    Bundle install(Path jar) throws BundleException {
        return context().installBundle(jar.toUri().toString());
    }

    Bundle bundle(String symbolicName) {
        return Stream.of(context().getBundles())
                .filter(bundle -> symbolicName.equals(bundle.getSymbolicName()))
                .findFirst().orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    /** The component names of the services registered under {@code type}. */
    List<String> components(String type) {
        try {
            var references = context().getServiceReferences(type, null);
            return references == null ? List.of()
                    : Stream.of(references).map(ref -> String.valueOf(ref.getProperty("component.name"))).toList();
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** Refreshes the wiring of {@code bundles} (and their dependents) and waits until it is done. */
    void refresh(Collection<Bundle> bundles) throws InterruptedException {
        CountDownLatch refreshed = new CountDownLatch(1);
        framework.adapt(FrameworkWiring.class).refreshBundles(bundles, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                refreshed.countDown();
            }
        });
        if (!refreshed.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("packages were not refreshed in 30 s");
        }
    }

    /**
     * Calls a public static method of a class as {@code bundle} sees it: the framework's copies of
     * omvio's classes are not the test's, so they are reached by reflection.
     */
    static Object callStatic(Bundle bundle, String className, String method, Object... args) throws Exception {
        for (var candidate : bundle.loadClass(className).getMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == args.length) {
                return candidate.invoke(null, args);
            }
        }
        throw new NoSuchMethodException(className + "." + method + " with " + args.length + " arguments");
    }

    /** Calls a public no-argument method of an object of the framework's classes. */
    static Object call(Object target, String method) throws Exception {
        return target.getClass().getMethod(method).invoke(target);
    }

    /** Waits up to 10 s for {@code condition}, as component activation may be asynchronous. */
    static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(30_000);
    }
}
