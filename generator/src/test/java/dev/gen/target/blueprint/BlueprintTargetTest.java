package dev.gen.target.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.model.EnvVar;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.SourceKind;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.testing.ExampleProjects;
import dev.gen.testing.HostileProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

class BlueprintTargetTest {

  private static final TemplateEngine ENGINE = TemplateEngine.builtIn();

  private static FileTree generate(Project p, BlueprintOptions o, Diagnostics d) {
    return new BlueprintTarget(ENGINE).generate(p, o, d);
  }

  private static FileTree generate(Project p, BlueprintStyle style) {
    return generate(p, BlueprintOptions.of(style), new Diagnostics());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(FileTree tree, String project, String id) {
    Map<String, Object> doc = new Yaml().load(tree.text(project + ".yaml"));
    for (Object s : (List<Object>) doc.get("services")) {
      Map<String, Object> m = (Map<String, Object>) s;
      if (id.equals(m.get("id"))) {
        return m;
      }
    }
    throw new AssertionError("no service " + id);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> config(Map<String, Object> service) {
    return (Map<String, Object>) service.get("brooklyn.config");
  }

  @ParameterizedTest
  @EnumSource(BlueprintStyle.class)
  void writesTheBlueprintAndTheCatalog(BlueprintStyle style) {
    FileTree tree = generate(ExampleProjects.shop(), style);
    assertEquals(List.of("catalog.bom", "shop.yaml"), List.copyOf(tree.files().keySet()));
  }

  @ParameterizedTest
  @EnumSource(BlueprintStyle.class)
  void isDeterministic(BlueprintStyle style) {
    assertEquals(generate(HostileProjects.project(), style).toSnapshot(),
        generate(HostileProjects.project(), style).toSnapshot());
  }

  /** Every hostile value reaches the parameter defaults and shell variables exactly, as YAML reads it back. */
  @Test
  void hostileValuesSurviveTheVmStyle() {
    FileTree tree = generate(HostileProjects.project(), BlueprintStyle.VM);
    Map<String, Object> app = service(tree, "hostile", "app");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> params = (List<Map<String, Object>>) app.get("brooklyn.parameters");
    for (Map.Entry<String, String> v : HostileProjects.values().entrySet()) {
      Map<String, Object> p = params.stream().filter(x -> x.get("name").equals("env." + v.getKey())).findFirst()
          .orElseThrow();
      if (v.getValue().startsWith("$brooklyn:")) {
        assertEquals(Map.of("$brooklyn:formatString", List.of("$%s", v.getValue().substring(1))),
            config(app).get("env." + v.getKey()));
      } else {
        assertEquals(v.getValue(), p.get("default"), v.getKey());
      }
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> env = (Map<String, Object>) config(app).get("shell.env");
    assertEquals("echo \"$GREETING\" && exec sleep 'infinity' # $(rm -rf /)", env.get("GEN_COMMAND_3"));
    assertEquals("%s", env.get("GEN_COMMAND_4"));
    assertEquals("/bin/entry point", env.get("GEN_ENTRYPOINT_1"));
    assertEquals("test \"$(cat /tmp/ok)\" = 'yes' && echo 100%", env.get("GEN_HEALTHCHECK"));
    assertEquals("com.example.note=a 'label' with \"quotes\" and $(subshell)", env.get("GEN_LABEL_1"));
    assertEquals("hostile_data:/var/lib/my data:ro", env.get("GEN_VOLUME_1"));
    String launch = (String) config(app).get("launch.command");
    assertTrue(launch.contains("--label \"$GEN_LABEL_1\"\n"), launch);
    assertTrue(launch.contains("--volume \"$GEN_VOLUME_1\"\n"), launch);
    assertTrue(launch.contains("if [ \"${GEN_ENV_FROM_DEPLOYER+set}\" = set ]; then"), launch);
  }

  /** The scripts parse, and shellcheck finds nothing in them (when it is installed). */
  @Test
  void scriptsPassBashAndShellcheck(@TempDir Path dir) throws Exception {
    List<Path> scripts = new ArrayList<>();
    for (Project p : List.of(HostileProjects.project(), ExampleProjects.shop(), ExampleProjects.dockerfiles())) {
      FileTree tree = generate(p, BlueprintStyle.VM);
      for (Service s : p.services()) {
        Map<String, Object> svc = service(tree, p.name(), s.name());
        Map<String, Object> config = config(svc);
        if (config.containsKey("dynamiccluster.memberspec")) {
          @SuppressWarnings("unchecked")
          Map<String, Object> member = (Map<String, Object>) ((Map<String, Object>) config
              .get("dynamiccluster.memberspec")).get("$brooklyn:entitySpec");
          config = config(member);
        }
        for (String key : List.of("install.command", "launch.command", "checkRunning.command", "stop.command")) {
          Path f = dir.resolve(p.name() + "-" + s.name() + "-" + key + ".sh");
          Files.writeString(f, "#!/bin/bash\n" + config.get(key), StandardCharsets.UTF_8);
          scripts.add(f);
        }
      }
    }
    for (Path f : scripts) {
      assertEquals(0, run(List.of("bash", "-n", f.toString())), "bash -n " + f.getFileName());
    }
    assumeTrue(run(List.of("shellcheck", "--version")) == 0, "shellcheck is not installed");
    List<String> command = new ArrayList<>(List.of("shellcheck", "-s", "bash", "-e", "SC1091"));
    scripts.forEach(f -> command.add(f.toString()));
    Path out = dir.resolve("shellcheck.txt");
    int rc = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start()
        .waitFor() ;
    assertEquals(0, rc, Files.readString(out));
  }

  private static int run(List<String> command) throws IOException, InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (IOException notInstalled) {
      return 127;
    }
  }

  @Test
  void unmappedElementsAreWarnedAboutWithTheirLocation() {
    Diagnostics d = new Diagnostics();
    generate(HostileProjects.project(), BlueprintOptions.of(BlueprintStyle.CONTAINER), d);
    List<String> paths = d.all().stream().filter(x -> x.code().equals(Unmapped.CODE)).map(Diagnostic::keyPath)
        .toList();
    assertTrue(paths.containsAll(List.of("services.app.user", "services.app.working_dir", "services.app.labels",
        "services.app.ports", "services.app.volumes", "services.app.restart", "services.app.healthcheck",
        "services.app.environment.FROM_DEPLOYER")), paths.toString());
    assertTrue(d.all().stream().allMatch(x -> x.location().isKnown()), d.all().toString());
  }

  /** A healthcheck that only sets timing (the image's own test runs in Docker) has no check for the vm style to time. */
  @Test
  void aTimeoutWithoutATestIsReportedByTheVmStyle(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("compose.yaml"),
        "services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      interval: 10s\n      timeout: 3s\n");
    Project p = new dev.gen.input.InputLoader().load(new dev.gen.input.InputRequest(List.of(dir), dir, null, null,
        List.of(), List.of(), Map.of(), true, true), new Diagnostics());
    Diagnostics d = new Diagnostics();
    Map<String, Object> web = service(generate(p, BlueprintOptions.of(BlueprintStyle.VM), d), p.name(), "web");
    assertEquals("10s", config(web).get("softwareProcess.serviceProcessIsRunningPollPeriod"));
    List<Diagnostic> timeout = d.all().stream()
        .filter(x -> "services.web.healthcheck.timeout".equals(x.keyPath())).toList();
    assertEquals(1, timeout.size(), d.all().toString());
    assertEquals(5, timeout.get(0).location().line(), "the healthcheck block");
  }

  @Test
  void locationsAreWrittenAsSpecsOrMaps() {
    BlueprintOptions o = BlueprintOptions.of(BlueprintStyle.VM);
    String plain = generate(ExampleProjects.webapp(), o.withLocation("named:my-cloud"), new Diagnostics())
        .text("webapp.yaml");
    assertEquals("named:my-cloud", ((Map<?, ?>) new Yaml().load(plain)).get("location"));
    String map = generate(ExampleProjects.webapp(), o.withLocation("{localhost: {address: 127.0.0.1}}"),
        new Diagnostics()).text("webapp.yaml");
    Map<String, Object> doc = new Yaml().load(map);
    assertEquals(Map.of("localhost", Map.of("address", "127.0.0.1")), doc.get("location"));
    GenException e = assertThrows(GenException.class, () -> generate(ExampleProjects.webapp(),
        o.withLocation("{localhost: [unclosed"), new Diagnostics()));
    assertEquals(GenException.EXIT_USAGE, e.exitCode());
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals(GenException.EXIT_USAGE, assertThrows(GenException.class,
        () -> new BlueprintOptions(BlueprintStyle.VM, null, "one", null)).exitCode());
    assertEquals(GenException.EXIT_USAGE, assertThrows(GenException.class,
        () -> new BlueprintOptions(BlueprintStyle.VM, null, null, "a\"b")).exitCode());
  }

  /**
   * Compose allows any variable name but '=': names that cannot stand in a DSL argument get parameters and secret
   * keys by their position (found by fuzzing: the name "PGADMIN_DEFAULT_EMAI(" stopped gen with an internal error).
   */
  @ParameterizedTest
  @EnumSource(BlueprintStyle.class)
  void variableNamesThatCannotBeKeysArePassedByPosition(BlueprintStyle style) {
    SourceLocation at = new SourceLocation("compose.yaml", 3, 3);
    Service s = Service.builder("s").image("x").location(at)
        .addEnvironment(EnvVar.plain("EMAIL(", "a@b", at))
        .addEnvironment(new EnvVar("TOKEN (x)", null, true, "name", List.of(), at))
        .addEnvironment(EnvVar.plain("env:1", "literal name", at)).build();
    FileTree tree = generate(new Project("p", SourceKind.COMPOSE, List.of(s), null, null, null, null, null, at),
        style);
    Map<String, Object> app = service(tree, "p", "s");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> params = (List<Map<String, Object>>) app.get("brooklyn.parameters");
    Map<String, String> labels = new java.util.TreeMap<>();
    params.stream().filter(p -> p.get("name").toString().startsWith("env"))
        .forEach(p -> labels.put(p.get("name").toString(), p.get("label").toString()));
    assertEquals(Map.of("env:1", "EMAIL(", "env:2", "TOKEN (x)", "env.env:1", "env:1"), labels);
    assertEquals("$brooklyn:external(\"gen\", \"p.s:2\")", config(app).get("env:2"));
    assertTrue(tree.text("catalog.bom").contains("p.s:2"), "the deployer is told the key");
  }

  @Test
  void namesThatCannotBeIdsAreErrors() {
    SourceLocation at = new SourceLocation("compose.yaml", 3, 3);
    Service odd = Service.builder("we\"ird").image("x").location(at).build();
    GenException e = assertThrows(GenException.class, () -> generate(new Project("p", SourceKind.COMPOSE,
        List.of(odd), null, null, null, null, null, at), BlueprintStyle.VM));
    assertEquals("blueprint.bad-name", e.first().code());
    assertEquals(at, e.first().location());
    Service dsl = Service.builder("s").image("x")
        .addEnvironment(EnvVar.plain("$brooklyn:x", "y", at)).location(at).build();
    GenException e2 = assertThrows(GenException.class, () -> generate(new Project("p", SourceKind.COMPOSE,
        List.of(dsl), null, null, null, null, null, at), BlueprintStyle.CONTAINER));
    assertEquals("blueprint.unsafe-name", e2.first().code());
    assertThrows(GenException.class, () -> generate(new Project("../x", SourceKind.COMPOSE, List.of(dsl), null,
        null, null, null, null, at), BlueprintStyle.VM));
  }
}
