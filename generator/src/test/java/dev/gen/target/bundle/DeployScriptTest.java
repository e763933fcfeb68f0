package dev.gen.target.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gen.diag.Diagnostics;
import dev.gen.render.FileTree;
import dev.gen.testing.ExampleProjects;
import dev.gen.testing.Python;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The generated {@code deploy.sh}: shellcheck finds nothing in it, and run against a stand-in {@code juju} and
 * {@code charmcraft} it packs every charm, stores each secret's value exactly (whatever it holds), writes an
 * overlay that sets each secret option to its secret's URI, deploys with it and grants each secret.
 */
class DeployScriptTest {

  /** A juju that records what it is asked: secrets' contents, the overlay deployed, the grants. */
  private static final String FAKE_JUJU = """
      #!/usr/bin/env bash
      set -euo pipefail
      log="$FAKE_LOG"
      printf '%s\\n' "$*" >> "$log/calls"
      case "$1" in
        show-secret) exit 1 ;;
        add-secret)
          name=$2
          for arg in "$@"; do
            case "$arg" in value#file=*) cp "${arg#value#file=}" "$log/secret-$name" ;; esac
          done
          printf 'secret:%s\\n' "$(printf '%s' "$name" | md5sum | cut -c1-20)" ;;
        deploy)
          shift
          while [ "$#" -gt 0 ]; do
            if [ "$1" = --overlay ]; then cp "$2" "$log/overlay.yaml"; fi
            shift
          done ;;
        grant-secret) printf '%s %s\\n' "$2" "$3" >> "$log/grants" ;;
      esac
      """;

  private static final String FAKE_CHARMCRAFT = """
      #!/usr/bin/env bash
      set -euo pipefail
      printf '%s\\n' "$PWD" >> "$FAKE_LOG/packed"
      """;

  /** A value that breaks naive quoting in every way a shell knows. */
  static final String HOSTILE = "it's \"quoted\" $(touch pwned) `touch pwned2` ${HOME} \\ ; & | *\n"
      + "second line\ttab -n --flag=é\u2028end";

  private record Run(int exitCode, String out, String err) {}

  private static Run run(Path dir, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().putAll(env);
    Path out = Files.createTempFile("out", ".txt");
    Path err = Files.createTempFile("err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("did not finish: " + List.of(command));
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static boolean has(String tool) {
    try {
      return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static FileTree bundle(String fixture, String flavour, boolean charmhub) {
    return BundleApprovalTest.generate(ExampleProjects.all().get(fixture),
        BundleApprovalTest.options(flavour, charmhub), new Diagnostics());
  }

  @ParameterizedTest(name = "{0} {1} charmhub={2}")
  @CsvSource({"webapp, k8s, false", "wordpress, k8s, false", "wordpress, machine, true", "shop, k8s, false",
      "shop, k8s, true", "shop, machine, false", "dockerfiles, k8s, false"})
  void shellcheckFindsNothing(String fixture, String flavour, boolean charmhub, @TempDir Path dir) throws Exception {
    assumeTrue(has("shellcheck"), "shellcheck is not installed");
    Files.writeString(dir.resolve("deploy.sh"), bundle(fixture, flavour, charmhub).text("deploy.sh"));
    Run r = run(dir, Map.of(), "shellcheck", "--shell=bash", "--severity=style", "deploy.sh");
    assertEquals(0, r.exitCode(), r.out() + r.err());
  }

  @Test
  void deploysWithEverySecretStoredExactly(@TempDir Path dir) throws Exception {
    FileTree tree = bundle("shop", "k8s", false);
    Path out = dir.resolve("out");
    Python.write(tree, out);
    Path bin = fakeTools(dir);
    Path log = Files.createDirectories(dir.resolve("log"));
    BundlePlan plan = plan("shop", "k8s", false);
    Map<String, String> env = new TreeMap<>(Map.of("PATH", bin + ":" + System.getenv("PATH"), "FAKE_LOG",
        log.toString()));
    Map<String, String> values = new TreeMap<>();
    for (BundlePlan.Secret s : plan.secrets()) {
      values.put(s.name(), HOSTILE + " for " + s.name());
      env.put(s.variable(), values.get(s.name()));
    }
    Run r = run(out, env, "bash", "deploy.sh", "--dry-run");
    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertFalse(Files.exists(out.resolve("pwned")) || Files.exists(out.resolve("pwned2")), "a value ran as code");
    for (Map.Entry<String, String> v : values.entrySet()) {
      assertEquals(v.getValue(), Files.readString(log.resolve("secret-" + v.getKey()), StandardCharsets.UTF_8));
    }
    List<String> packed = Files.readAllLines(log.resolve("packed"));
    assertEquals(plan.applications().stream().filter(a -> !a.isCharmhub()).count(), packed.size());
    Map<String, Object> overlay = new Yaml().load(Files.readString(log.resolve("overlay.yaml")));
    Map<String, String> uris = new TreeMap<>();
    for (String line : Files.readAllLines(log.resolve("calls"))) {
      if (line.startsWith("deploy ")) {
        assertTrue(line.endsWith("--overlay ./secrets-overlay.yaml --dry-run"), line);
      }
    }
    List<String> grants = Files.readAllLines(log.resolve("grants"));
    assertEquals(plan.secrets().size(), grants.size());
    for (BundlePlan.Secret s : plan.secrets()) {
      String uri = "secret:" + md5(s.name()).substring(0, 20);
      uris.put(s.name(), uri);
      for (BundlePlan.Grant g : s.grants()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> app = (Map<String, Object>) ((Map<String, Object>) overlay.get("applications"))
            .get(g.application());
        assertEquals(uri, ((Map<?, ?>) app.get("options")).get(g.option()), g.toString());
      }
      assertTrue(grants.contains(uri + " " + String.join(",", s.grants().stream()
          .map(BundlePlan.Grant::application).distinct().sorted().toList())), grants.toString());
    }
    assertFalse(uris.isEmpty());
  }

  @Test
  void aMissingVariableStopsBeforeAnythingHappens(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Python.write(bundle("wordpress", "k8s", false), out);
    Path bin = fakeTools(dir);
    Path log = Files.createDirectories(dir.resolve("log"));
    Run r = run(out, Map.of("PATH", bin + ":" + System.getenv("PATH"), "FAKE_LOG", log.toString()),
        "bash", "deploy.sh");
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("set MARIADB_PASSWORD first"), r.err());
    assertFalse(Files.exists(log.resolve("calls")), "juju was called");
    assertFalse(Files.exists(log.resolve("packed")), "charms were packed");
  }

  @Test
  void withoutSecretsTheScriptPacksAndDeploys(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Python.write(bundle("webapp", "k8s", false), out);
    Path bin = fakeTools(dir);
    Path log = Files.createDirectories(dir.resolve("log"));
    Run r = run(out, Map.of("PATH", bin + ":" + System.getenv("PATH"), "FAKE_LOG", log.toString()), "bash",
        "deploy.sh");
    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertEquals(List.of("deploy ./bundle.yaml"), Files.readAllLines(log.resolve("calls")));
    assertEquals(1, Files.readAllLines(log.resolve("packed")).size());
  }

  private static BundlePlan plan(String fixture, String flavour, boolean charmhub) {
    var project = ExampleProjects.all().get(fixture);
    var options = BundleApprovalTest.options(flavour, charmhub);
    var plans = dev.gen.target.charm.CharmPlanner.plan(project, options.charmOptions(), new Diagnostics());
    return new BundlePlanner(project, plans, options, p -> p.name() + "_amd64.charm", new Diagnostics()).plan()
        .plan();
  }

  private static Path fakeTools(Path dir) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    for (Map.Entry<String, String> tool : Map.of("juju", FAKE_JUJU, "charmcraft", FAKE_CHARMCRAFT).entrySet()) {
      Path p = bin.resolve(tool.getKey());
      Files.writeString(p, tool.getValue());
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return bin;
  }

  private static String md5(String text) throws Exception {
    byte[] digest = java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
    StringBuilder sb = new StringBuilder();
    for (byte b : digest) {
      sb.append(String.format(java.util.Locale.ROOT, "%02x", b));
    }
    return sb.toString();
  }
}
