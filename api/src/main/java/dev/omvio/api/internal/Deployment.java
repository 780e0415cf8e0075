package dev.omvio.api.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * How the API was deployed: on the class path, on the module path or as an OSGi bundle. Error
 * messages that tell the user what to add speak in the terms of that runtime.
 */
public enum Deployment {
    /** Plain jars on the class path. */
    CLASS_PATH,
    /** Named modules on the module path. */
    MODULE_PATH,
    /** A bundle in an OSGi framework. */
    OSGI;

    private static final String BUNDLE_REFERENCE = "org.osgi.framework.BundleReference";

    /**
     * The deployment of the API itself.
     *
     * @return how the API's own classes were loaded
     */
    public static Deployment current() {
        return of(Deployment.class);
    }

    /**
     * The deployment of {@code type}: OSGi when its class loader is a bundle's (implements the
     * framework's {@code BundleReference}, looked up by name so the API needs no OSGi classes),
     * the module path when its module is named, the class path otherwise.
     */
    static Deployment of(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        if (loader != null && implementsBundleReference(loader.getClass())) {
            return OSGI;
        }
        return type.getModule().isNamed() ? MODULE_PATH : CLASS_PATH;
    }

    /**
     * How to add a module of omvio here, such as "put omvio-codecs.jar (module dev.omvio.codecs)
     * on the class path".
     *
     * @param module the JPMS module name, which is also the bundle's symbolic name
     * @param artifact the Maven artifact id
     * @return the advice, in words fit to follow a colon
     */
    public String advice(String module, String artifact) {
        return switch (this) {
            case CLASS_PATH -> "put " + artifact + ".jar (module " + module + ") on the class path";
            case MODULE_PATH -> "put module " + module + " (" + artifact + ".jar) on the module path";
            case OSGI -> "install and start bundle " + module + " (" + artifact
                    + ".jar) and a Declarative Services runtime such as Apache Felix SCR";
        };
    }

    private static boolean implementsBundleReference(Class<?> loaderClass) {
        Deque<Class<?>> types = new ArrayDeque<>();
        types.add(loaderClass);
        while (!types.isEmpty()) {
            Class<?> type = types.poll();
            if (type.getName().equals(BUNDLE_REFERENCE)) {
                return true;
            }
            if (type.getSuperclass() != null) {
                types.add(type.getSuperclass());
            }
            types.addAll(List.of(type.getInterfaces()));
        }
        return false;
    }
}
