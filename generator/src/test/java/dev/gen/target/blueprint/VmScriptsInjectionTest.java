package dev.gen.target.blueprint;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostics;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.testing.InjectionProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The injection property for the vm blueprint: a compose project full of hostile strings ({@link InjectionProjects})
 * becomes a blueprint; its {@code shell.env} is resolved as Brooklyn resolves it (parameter defaults, the entity's
 * own config, {@code $brooklyn:formatString}) and exported, and its install and launch scripts run with bash and a
 * recording {@code docker} first on the PATH. The {@code docker run} it records carries every environment value,
 * label and command word byte for byte, and none of them ran as a command.
 */
class VmScriptsInjectionTest {

  private static final Path PWNED = Path.of("/tmp/gen-pwned");

  private static final Pattern CONFIG = Pattern.compile("\\$brooklyn:config\\(\"([^\"]*)\"\\)");

  /** A docker that records each call's arguments, NUL-terminated, in a file of its own, and succeeds. */
  private static final String FAKE_DOCKER = """
      #!/bin/bash
      n=$(ls "$FAKE_CALLS" | wc -l)
      printf '%s\\0' "$@" >"$FAKE_CALLS/$(printf '%05d' "$n")"
      case "$1" in
        inspect) echo true ;;
      esac
      exit 0
      """;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.gen.testing.InjectionProjects#cases")
  void dockerReceivesEveryValueExactly(InjectionProjects.Case c) throws Exception {
    boolean pwnedBefore = Files.exists(PWNED);
    FileTree tree = new BlueprintTarget(TemplateEngine.builtIn()).generate(c.load(dir.resolve("project")),
        BlueprintOptions.of(BlueprintStyle.VM), new Diagnostics());
    @SuppressWarnings("unchecked")
    Map<String, Object> app = ((List<Map<String, Object>>) new Yaml().<Map<String, Object>>load(
        tree.text("injection.yaml")).get("services")).get(0);
    Brooklyn brooklyn = new Brooklyn(app);

    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path calls = Files.createDirectories(dir.resolve("calls"));
    Path docker = Files.writeString(bin.resolve("docker"), FAKE_DOCKER);
    Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path sudo = Files.writeString(bin.resolve("sudo"), "#!/bin/sh\n[ \"$1\" = -n ] && shift\nexec \"$@\"\n");
    Files.setPosixFilePermissions(sudo, PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, String> env = new LinkedHashMap<>(brooklyn.shellEnv());
    env.put("PATH", bin + ":/usr/bin:/bin");
    env.put("INSTALL_DIR", Files.createDirectories(dir.resolve("install")).toString());
    env.put("RUN_DIR", Files.createDirectories(dir.resolve("run")).toString());
    env.put("FAKE_CALLS", calls.toString());
    env.put("HOME", dir.toString());
    env.put("LANG", "C.UTF-8");
    for (String script : List.of("install.command", "launch.command")) {
      Path file = Files.writeString(dir.resolve(script + ".sh"), brooklyn.config(script), UTF_8);
      ProcessBuilder pb = new ProcessBuilder("bash", file.toString()).directory(dir.toFile())
          .redirectErrorStream(true).redirectOutput(dir.resolve(script + ".log").toFile());
      pb.environment().clear();
      pb.environment().putAll(env);
      Process p = pb.start();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), script + " did not finish");
      assertEquals(0, p.exitValue(), script + ": " + Files.readString(dir.resolve(script + ".log")));
    }

    List<String> run = calls(calls).stream().filter(a -> !a.isEmpty() && a.get(0).equals("run")).findFirst()
        .orElseThrow(() -> new AssertionError("no docker run"));
    Map<String, String> received = new LinkedHashMap<>();
    List<String> labels = new ArrayList<>();
    int image = run.indexOf(InjectionProjects.IMAGE);
    for (int i = 0; i < image; i++) {
      if (run.get(i).equals("--env")) {
        String pair = run.get(++i);
        received.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      } else if (run.get(i).equals("--label")) {
        labels.add(run.get(++i));
      }
    }
    c.environment().forEach((name, value) -> assertEquals(value, received.get(name), name));
    c.labels().forEach((key, value) -> assertTrue(labels.contains(key + "=" + value), key + " in " + labels));
    assertEquals(c.command(), run.subList(image + 1, run.size()));
    if (!pwnedBefore) {
      assertFalse(Files.exists(PWNED), "a hostile value was run as a command");
    }
  }

  /** Every recorded call, in order. */
  private static List<List<String>> calls(Path calls) throws Exception {
    List<List<String>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(calls)) {
      for (Path f : files.sorted().toList()) {
        String text = Files.readString(f, UTF_8);
        List<String> args = new ArrayList<>(List.of(text.split("\0", -1)));
        args.remove(args.size() - 1); // after the last terminator
        out.add(args);
      }
    }
    return out;
  }

  /** What Brooklyn makes of an entity's config for its scripts (the DSL forms gen writes). */
  private record Brooklyn(Map<String, Object> entity) {

    @SuppressWarnings("unchecked")
    Map<String, Object> config() {
      return (Map<String, Object>) entity.get("brooklyn.config");
    }

    String config(String key) {
      return (String) config().get(key);
    }

    /** A config key: the entity's own value, else its parameter's default. */
    @SuppressWarnings("unchecked")
    Object lookup(String key) {
      if (config().containsKey(key)) {
        return config().get(key);
      }
      for (Map<String, Object> p : (List<Map<String, Object>>) entity.get("brooklyn.parameters")) {
        if (key.equals(p.get("name"))) {
          return p.get("default");
        }
      }
      return null;
    }

    Object resolve(Object value) {
      if (value instanceof Map<?, ?> m && m.get("$brooklyn:formatString") instanceof List<?> form) {
        Object[] args = form.subList(1, form.size()).stream().map(this::resolve).toArray();
        return String.format(Locale.ROOT, (String) resolve(form.get(0)), args);
      }
      if (value instanceof String s && s.startsWith("$brooklyn:")) {
        Matcher config = CONFIG.matcher(s);
        if (config.matches()) {
          return resolve(lookup(config.group(1)));
        }
        return s.equals("$brooklyn:entityId()") ? "e1" : "from-brooklyn";
      }
      return value;
    }

    /** {@code shell.env}, resolved; Brooklyn exports no variable whose value is null. */
    @SuppressWarnings("unchecked")
    Map<String, String> shellEnv() {
      Map<String, String> env = new LinkedHashMap<>();
      ((Map<String, Object>) config().get("shell.env")).forEach((k, v) -> {
        Object resolved = resolve(v);
        if (resolved != null) {
          env.put(k, String.valueOf(resolved));
        }
      });
      return env;
    }
  }
}
