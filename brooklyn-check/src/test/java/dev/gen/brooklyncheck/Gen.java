package dev.gen.brooklyncheck;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * gen, loaded apart from Brooklyn: the packaged gen jar (gen and its own SnakeYAML, Jackson and Mustache) and the
 * generator's test classes (the example projects), in a class loader whose parent is the platform loader, so that
 * neither side sees the other's libraries. Only JDK types ({@code String}, {@code Map}) cross the boundary.
 */
final class Gen {

  private static final String CORPUS = "dev.gen.target.blueprint.BlueprintCorpus";
  private static ClassLoader loader;

  private Gen() {}

  private static synchronized ClassLoader loader() {
    if (loader == null) {
      Path jar = path("gen.jar", "../cli/target/gen.jar");
      Path testClasses = path("gen.testClasses", "../generator/target/test-classes");
      try {
        loader = new URLClassLoader("gen", new URL[] {jar.toUri().toURL(), testClasses.toUri().toURL()},
            ClassLoader.getPlatformClassLoader());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
    return loader;
  }

  private static Path path(String property, String fallback) {
    Path p = Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
    if (!Files.exists(p)) {
      throw new IllegalStateException(p + " does not exist: build gen first, with 'mvn -B verify' from the"
          + " repository root (or 'mvn -B verify -pl brooklyn-check -am')");
    }
    return p;
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> corpus() {
    return (Map<String, String>) call("generate", new Class<?>[0]);
  }

  static String blueprint(String fixture, String style, String location) {
    return (String) call("blueprint", new Class<?>[] {String.class, String.class, String.class}, fixture, style,
        location);
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> javaProjects() {
    return (Map<String, String>) call("javaProjects", new Class<?>[0]);
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> pairFacts() {
    return (Map<String, String>) call("pairFacts", new Class<?>[0]);
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> hostileValues() {
    return (Map<String, String>) call("hostileValues", new Class<?>[0]);
  }

  private static Object call(String method, Class<?>[] types, Object... args) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader());
    try {
      return Class.forName(CORPUS, true, loader()).getMethod(method, types).invoke(null, args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("calling gen's " + CORPUS + "." + method + " failed", e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
