package dev.gen.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.testing.AllTargets;
import dev.gen.testing.InjectionProjects;
import dev.gen.testing.Python;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Hostile strings ({@link InjectionProjects}) in environment values, labels and commands survive every target: every
 * generated YAML file parses back and holds each value unchanged, and every generated Python data module yields the
 * command words unchanged. Labels are checked where they arrive (the vm blueprint writes a plain label into its
 * script as a shell word; the container style and the Kubernetes charm have no labels): the machine charm's hooks
 * and the vm blueprint's scripts are run on the same strings by {@code MachineInjectionTest} and
 * {@code VmScriptsInjectionTest}.
 */
class InjectionPropertyTest {

  /** The outputs that carry environment values in YAML. */
  private static final Set<String> CARRY_VALUES = Set.of("charm-k8s", "charm-machine", "bundle-k8s",
      "bundle-machine", "blueprint-vm", "blueprint-container");

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.gen.testing.InjectionProjects#cases")
  void everyOutputCarriesTheValuesUnchanged(InjectionProjects.Case c) throws Exception {
    Project project = c.load(dir.resolve("project"));
    Map<String, FileTree> trees = AllTargets.generate(project);
    yamlFilesParseBackWithTheValuesUnchanged(c, trees);
    pythonDataModulesYieldTheCommandUnchanged(c, trees);
  }

  private static void yamlFilesParseBackWithTheValuesUnchanged(InjectionProjects.Case c, Map<String, FileTree> trees) {
    for (Map.Entry<String, FileTree> generated : trees.entrySet()) {
      String output = generated.getKey();
      FileTree tree = generated.getValue();
      Set<String> scalars = new HashSet<>();
      for (FileTree.GeneratedFile f : tree.files().values()) {
        if (f.path().endsWith(".yaml") || f.path().endsWith(".yml") || f.path().endsWith(".bom")) {
          scalars.addAll(scalars(f, output));
        }
      }
      if (!CARRY_VALUES.contains(output)) {
        continue; // Java sources (compiled by the blueprint's own tests) and pictures
      }
      c.environment().forEach((name, value) -> assertTrue(scalars.contains(value),
          output + ": the value of " + name + " is in no YAML scalar: " + printable(value)));
      if (output.startsWith("blueprint")) {
        for (String word : c.command()) {
          assertTrue(scalars.contains(word), output + ": the command word is in no YAML scalar: " + printable(word));
        }
      }
    }
  }

  private void pythonDataModulesYieldTheCommandUnchanged(InjectionProjects.Case c, Map<String, FileTree> trees)
      throws Exception {
    Path out = dir.resolve("out");
    List<String> modules = new ArrayList<>();
    for (String output : List.of("charm-k8s", "bundle-k8s")) {
      FileTree tree = trees.get(output);
      Python.write(tree, out.resolve(output));
      tree.files().keySet().stream().filter(p -> p.endsWith("src/workload.py"))
          .forEach(p -> modules.add(output + "/" + p));
    }
    assertEquals(2, modules.size(), modules.toString());
    // each module's COMMAND, one JSON document a line (ASCII: every non-ASCII character escaped)
    Files.writeString(out.resolve("dump.py"), """
        import json, runpy, sys
        for path in sys.argv[1:]:
            print(json.dumps(runpy.run_path(path)["COMMAND"]))
        """);
    List<String> args = new ArrayList<>(List.of("dump.py"));
    args.addAll(modules);
    Python.Result r = Python.run(out, Map.of(), args.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.stderr());
    List<String> lines = r.stdout().lines().toList();
    assertEquals(modules.size(), lines.size(), r.stdout());
    for (int i = 0; i < lines.size(); i++) {
      @SuppressWarnings("unchecked")
      List<String> command = (List<String>) new Yaml().load(lines.get(i));
      assertEquals(c.command(), command, modules.get(i));
    }
  }

  /** Every string scalar of every document of a YAML file (keys included), with Brooklyn's formatString applied. */
  private static List<String> scalars(FileTree.GeneratedFile f, String output) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    List<String> out = new ArrayList<>();
    try {
      for (Object doc : new Yaml(new SafeConstructor(options)).loadAll(f.text())) {
        collect(doc, out);
      }
    } catch (RuntimeException e) {
      fail(output + ": " + f.path() + " is not YAML: " + e.getMessage());
    }
    return out;
  }

  private static void collect(Object node, List<String> out) {
    if (node instanceof String s) {
      out.add(s);
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collect(item, out));
    } else if (node instanceof Map<?, ?> map) {
      if (map.size() == 1 && map.get("$brooklyn:formatString") instanceof List<?> form
          && form.stream().allMatch(String.class::isInstance)) {
        // what Brooklyn makes of a literal written in the DSL's functional form
        out.add(String.format(java.util.Locale.ROOT, (String) form.get(0), form.subList(1, form.size()).toArray()));
      }
      map.forEach((k, v) -> {
        collect(k, out);
        collect(v, out);
      });
    }
  }

  private static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().limit(200).forEach(cp -> sb.append(cp >= 0x20 && cp < 0x7f ? String.valueOf((char) cp)
        : String.format(java.util.Locale.ROOT, "\\u{%x}", cp)));
    return sb.toString();
  }
}
