package dev.omvio.stream;

import dev.omvio.api.internal.Deployment;
import dev.omvio.stream.spi.FileStreamProvider;
import dev.omvio.stream.spi.MemoryStreamProvider;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/** Finds the stream engines: those registered by hand, then those {@link ServiceLoader} finds. */
final class Engines {
    private static final Map<Class<?>, List<Object>> REGISTERED = new ConcurrentHashMap<>();

    private Engines() {
    }

    static FileStreamProvider file() {
        return best(FileStreamProvider.class, FileStreamProvider::priority, "dev.omvio.core.file", "omvio-core-file");
    }

    static MemoryStreamProvider memory() {
        return best(MemoryStreamProvider.class, MemoryStreamProvider::priority, "dev.omvio.core.memory",
                "omvio-core-memory");
    }

    static <T> void register(Class<T> service, T provider) {
        REGISTERED.computeIfAbsent(service, key -> new CopyOnWriteArrayList<>()).add(provider);
    }

    static <T> void unregister(Class<T> service, T provider) {
        REGISTERED.getOrDefault(service, List.of()).remove(provider);
    }

    private static <T> T best(Class<T> service, ToIntFunction<T> priority, String module,
                              String artifact) {
        Stream<T> registered = REGISTERED.getOrDefault(service, List.of()).stream().map(service::cast);
        return Stream.concat(registered, loaded(service))
                .max(Comparator.comparingInt(priority))
                .orElseThrow(() -> new IllegalStateException("no " + service.getSimpleName()
                        + " found: " + Deployment.current().advice(module, artifact)));
    }

    // The context loader sees providers of an application on the class path; the API's own
    // loader sees those resolved beside it as modules.
    private static <T> Stream<T> loaded(Class<T> service) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader own = Engines.class.getClassLoader();
        Stream<ClassLoader> loaders = context == null || context == own ? Stream.of(own) : Stream.of(context, own);
        return loaders.flatMap(loader -> ServiceLoader.load(service, loader).stream())
                .map(ServiceLoader.Provider::get);
    }
}
