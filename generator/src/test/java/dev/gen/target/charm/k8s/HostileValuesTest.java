package dev.gen.target.charm.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Branding;
import dev.gen.model.Dependency;
import dev.gen.model.EnvVar;
import dev.gen.model.Healthcheck;
import dev.gen.model.Mount;
import dev.gen.model.PortMapping;
import dev.gen.model.Project;
import dev.gen.model.ResourceRef;
import dev.gen.model.Service;
import dev.gen.model.ServiceReference;
import dev.gen.model.SourceKind;
import dev.gen.render.Escapers;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.CharmOptions;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.CharmPlanner;
import dev.gen.target.charm.CharmPlans;
import dev.gen.target.charm.CharmTarget;
import dev.gen.testing.Python;
import dev.gen.yaml.YJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;

/**
 * Values from the input arrive unchanged in every file the charm holds, whatever they contain: parsed back from
 * the YAML with SnakeYAML, from the Python by python3 itself, from the TOML by Python's tomllib; and nothing can
 * break out of its place (a Markdown code block, a Python string, a YAML scalar).
 */
class HostileValuesTest {

  static final String NASTY = "it's \"quoted\" $(touch /tmp/pwned) `id` ${HOME} \\ back\\slash\n"
      + "second line\ttab \u2028LS \u2029PS \u0085NEL \u00a0nbsp \ufeffbom é 🎉 {{mustache}} \"\"\" ''' # not a comment";
  static final String LEADING_DASH = "-rf /";
  static final String SECRET = "hunter2-must-never-appear";
  static final String DESCRIPTION = "A *hostile* <script>alert(1)</script> description | with a pipe\n"
      + "```\nrm -rf /\n```\n[link](javascript:x) and `code` and \"quotes\".";
  static final List<String> COMMAND = List.of("sh", "-c", "echo \"$HOME\" `id` $(whoami); echo '\n' [ ]", "--",
      LEADING_DASH, "");
  static final String URL = "postgres://u@db:5432/x?q=$(rm -rf /)&s='\"";

  static Project project;
  static FileTree tree;
  static CharmPlans plans;

  @BeforeAll
  static void generate() {
    Service db = Service.builder("db").image("postgres:16")
        .addPort(new PortMapping(5432, null, null, "tcp", "ingress", null, null, null)).build();
    Service web = Service.builder("web")
        .image("team/app:1.0")
        .branding(new Branding("Evil \"title\" $(x) `y`", null, DESCRIPTION, "https://example.com/a?b=c&d='e'",
            null, null, null, "MIT OR \"Apache-2.0\"", "ACME <corp>", "Jane `Doe`", "1.0$(id)", null))
        .entrypoint(COMMAND.subList(0, 3))
        .command(COMMAND.subList(3, COMMAND.size()))
        .workingDir("/srv/my dir/$(x)")
        .user("www-data")
        .addEnvironment(EnvVar.plain("NASTY", NASTY, null))
        .addEnvironment(EnvVar.plain("DASH", LEADING_DASH, null))
        .addEnvironment(EnvVar.plain("EMPTY", "", null))
        .addEnvironment(EnvVar.plain("SPACED", " 4", null))
        .addEnvironment(EnvVar.plain("YAMLISH", "yes", null))
        .addEnvironment(EnvVar.plain("NULLISH", "null", null))
        .addEnvironment(new EnvVar("TOKEN", SECRET, true, "name", List.of(), null))
        .addEnvironment(new EnvVar("DB_URL", URL, false, null,
            List.of(new ServiceReference("db", ServiceReference.Kind.URL, 13, 15, 5432, 16, 20)), null))
        .addDependency(new Dependency("db", List.of(Dependency.Via.ENVIRONMENT), null, true, false, null, null))
        .addPort(new PortMapping(8080, "80", null, "tcp", "ingress", null, null, null))
        .addMount(new Mount(Mount.Type.VOLUME, "data_vol", "/var/lib/my data/\"q\"", false, null, null))
        .secrets(List.of(new ResourceRef("tls_key", "/etc/ssl/private/key $(x).pem", "0", "0", 0400, null)))
        .healthcheck(new Healthcheck(List.of("CMD-SHELL", "test -f '/tmp/ok' && echo \"$(date)\" `x`"),
            Duration.ofSeconds(10), Duration.ofSeconds(2), null, null, 3, false, null))
        .build();
    project = new Project("evil", SourceKind.COMPOSE, List.of(db, web), List.of(), List.of(), List.of(),
        List.of(), null, null);
    plans = CharmPlanner.plan(project, CharmOptions.defaults(), new Diagnostics());
    tree = new CharmTarget(TemplateEngine.builtIn()).generate(project, CharmOptions.defaults(), new Diagnostics());
  }

  @Test
  void noSecretValueIsWrittenAnywhere() {
    for (FileTree.GeneratedFile f : tree.files().values()) {
      assertFalse(f.text().contains(SECRET), f.path());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void yamlValuesParseBackUnchanged() {
    Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(tree.text(
        "web-k8s/charmcraft.yaml"));
    Map<String, Object> options = (Map<String, Object>) ((Map<String, Object>) doc.get("config")).get("options");
    assertEquals(NASTY, ((Map<String, Object>) options.get("nasty")).get("default"));
    assertEquals(LEADING_DASH, ((Map<String, Object>) options.get("dash")).get("default"));
    assertEquals("", ((Map<String, Object>) options.get("empty")).get("default"));
    assertEquals(" 4", ((Map<String, Object>) options.get("spaced")).get("default"));
    assertEquals("yes", ((Map<String, Object>) options.get("yamlish")).get("default"));
    assertEquals("null", ((Map<String, Object>) options.get("nullish")).get("default"));
    assertEquals(DESCRIPTION, doc.get("description"));
    assertEquals("Evil \"title\" $(x) `y`", doc.get("title"));
    Map<String, Object> resources = (Map<String, Object>) doc.get("resources");
    assertEquals("team/app:1.0", ((Map<String, Object>) resources.get("web-image")).get("upstream-source"));
    Map<String, Object> links = (Map<String, Object>) doc.get("links");
    assertEquals("https://example.com/a?b=c&d='e'", links.get("website"));
    assertEquals("Jane `Doe`", links.get("contact"));
    Map<String, Object> containers = (Map<String, Object>) doc.get("containers");
    List<Map<String, Object>> mounts =
        (List<Map<String, Object>>) ((Map<String, Object>) containers.get("web")).get("mounts");
    assertEquals("/var/lib/my data/\"q\"", mounts.get(0).get("location"));
  }

  @Test
  void pythonValuesImportBackUnchanged(@TempDir Path dir) throws Exception {
    Python.write(tree, dir);
    Path charm = dir.resolve("web-k8s");
    Python.Result r = Python.run(charm, Map.of("PYTHONPATH", "src"), "-c", """
        import json, workload
        print(json.dumps({name: getattr(workload, name) for name in dir(workload) if name.isupper()}))
        """);
    assertEquals(0, r.exitCode(), r.stderr());
    JsonNode w = YJson.MAPPER.readTree(r.stdout());
    CharmPlan plan = plans.plan("web");
    assertEquals(COMMAND, strings(w.get("COMMAND")));
    assertEquals("/srv/my dir/$(x)", w.get("WORKING_DIR").asString());
    assertEquals("www-data", w.get("USER").asString());
    assertEquals(plan.summary(), w.get("SUMMARY").asString());
    assertEquals("1.0$(id)", w.get("VERSION").asString());
    assertEquals("/etc/ssl/private/key $(x).pem", w.get("SECRET_FILES").get(0).get("path").asString());
    assertEquals(0400, w.get("SECRET_FILES").get(0).get("mode").asInt());
    assertEquals(List.of("/bin/sh", "-c", "test -f '/tmp/ok' && echo \"$(date)\" `x`"),
        strings(w.get("CHECK").get("exec")));
    JsonNode parts = w.get("RELATION_ENV").get(0).get("parts");
    StringBuilder joined = new StringBuilder();
    for (JsonNode part : parts) {
      joined.append(part.has("text") ? part.get("text").asString() : part.get("was").asString());
    }
    assertEquals(URL, joined.toString());
  }

  @Test
  void theGeneratedTestsExpectTheRightValues(@TempDir Path dir) throws Exception {
    Python.write(tree, dir);
    Path charm = dir.resolve("web-k8s");
    Python.Result r = Python.run(charm, Map.of(), "-c", """
        import ast, json
        tree = ast.parse(open("tests/unit/test_charm.py", encoding="utf-8").read())
        wanted = {"EXPECTED_ENVIRONMENT", "EXPECTED_COMMAND"}
        out = {}
        for node in tree.body:
            if isinstance(node, ast.Assign) and node.targets[0].id in wanted:
                out[node.targets[0].id] = ast.literal_eval(node.value)
        print(json.dumps(out))
        """);
    assertEquals(0, r.exitCode(), r.stderr());
    JsonNode t = YJson.MAPPER.readTree(r.stdout());
    CharmPlan plan = plans.plan("web");
    Map<String, String> env = new TreeMap<>();
    t.get("EXPECTED_ENVIRONMENT").properties().forEach(e -> env.put(e.getKey(), e.getValue().asString()));
    assertEquals(UnitTestView.environment(plan, GeneratedPythonTest.remotes(plan, plans)), env);
    assertEquals(NASTY, env.get("NASTY"));
    assertEquals("postgres://u@db-k8s.test.svc.cluster.local:5432/x?q=$(rm -rf /)&s='\"", env.get("DB_URL"));
    assertEquals(PythonText.shlexJoin(COMMAND), t.get("EXPECTED_COMMAND").asString());
  }

  @Test
  void theCharmLogicPassesValuesThrough(@TempDir Path dir) throws Exception {
    Python.write(tree, dir);
    CharmPlan plan = plans.plan("web");
    Path charm = dir.resolve("web-k8s");
    Files.writeString(charm.resolve("drive.py"), GeneratedPythonTest.DRIVE_LAYER);
    Map<String, UnitTestView.Remote> remotes = GeneratedPythonTest.remotes(plan, plans);
    Python.Result r = GeneratedPythonTest.run(charm, GeneratedPythonTest.input(plan, remotes));
    assertEquals(0, r.exitCode(), r.stderr());
    JsonNode out = YJson.MAPPER.readTree(r.stdout());
    assertEquals(NASTY, out.get("environment").get("NASTY").asString());
    assertEquals("", out.get("environment").get("EMPTY").asString());
    Python.Result split = Python.run(charm, Map.of("PYTHONPATH", "src"), "-c",
        "import json, shlex, sys; print(json.dumps(shlex.split(sys.argv[1])))",
        out.get("layer").get("services").get("web").get("command").asString());
    assertEquals(COMMAND, strings(YJson.MAPPER.readTree(split.stdout())));
  }

  @Test
  void tomlValuesParseBackUnchanged(@TempDir Path dir) throws Exception {
    Python.write(tree, dir);
    Python.Result r = Python.run(dir.resolve("web-k8s"), Map.of(), "-c",
        "import json, tomllib; print(json.dumps(tomllib.load(open('pyproject.toml', 'rb'))['project']))");
    assertEquals(0, r.exitCode(), r.stderr());
    JsonNode p = YJson.MAPPER.readTree(r.stdout());
    assertEquals("web-k8s", p.get("name").asString());
    assertEquals(plans.plan("web").summary(), p.get("description").asString());
  }

  @Test
  void markdownCannotBeBrokenOutOf() {
    String readme = tree.text("web-k8s/README.md");
    assertFalse(readme.contains("<script>"), readme);
    assertTrue(readme.contains(Escapers.markdownText(DESCRIPTION)), readme);
    boolean inFence = false;
    for (String line : readme.split("\n", -1)) {
      if (line.startsWith("```")) {
        assertTrue(inFence ? line.equals("```") : line.equals("```shell"), "unexpected fence: " + line);
        inFence = !inFence;
      } else if (inFence) {
        assertTrue(line.startsWith("juju ") || line.startsWith("charmcraft ") || line.startsWith("docker ")
            || line.startsWith("python3 ") || line.startsWith("uv "), "unexpected line in a code block: " + line);
      }
    }
    assertFalse(inFence);
  }

  private static List<String> strings(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
  }
}
