package dev.gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.CharmTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every command's help: usage, description, options by concern, exit codes and examples that really work. */
class HelpTest {

  @TempDir Path cwd;

  /**
   * Every command's name as typed after gen ("" for gen itself), parents before their subcommands; hidden commands
   * (the launcher's self-train) have no help of their own to check.
   */
  static List<String> commands() {
    List<String> names = new ArrayList<>();
    collect(GenCommand.commandLine(RunContext.of(Path.of("."), Map.of())), "", names);
    return names;
  }

  private static void collect(CommandLine cli, String prefix, List<String> names) {
    names.add(prefix);
    for (Map.Entry<String, CommandLine> e : cli.getSubcommands().entrySet()) {
      if (!e.getKey().equals("help") && !e.getValue().getCommandSpec().usageMessage().hidden()) {
        collect(e.getValue(), (prefix + " " + e.getKey()).trim(), names);
      }
    }
  }

  private GenRunner.Result help(String command) {
    List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : Arrays.asList(command.split(" ")));
    args.add("--help");
    return GenRunner.in(cwd).run(args.toArray(new String[0]));
  }

  @Test
  void everyCommandIsThere() {
    assertEquals(List.of("", "charm", "bundle", "blueprint", "config", "model", "graph", "report", "init", "templates",
        "templates list", "templates dump", "completion"), commands());
  }

  @Test
  void everyHelpHasUsageDescriptionExamplesAndExitCodes() {
    for (String command : commands()) {
      GenRunner.Result r = help(command);
      String name = ("gen " + command).trim();
      assertEquals(0, r.code(), name);
      String text = r.out();
      assertTrue(text.startsWith("Usage: " + name + " [OPTIONS]"), text);
      String[] lines = text.split("\n");
      assertEquals("", lines[1], "a blank line, then the description: " + name);
      assertTrue(lines[2].length() > 20, "a description: " + text);
      assertTrue(text.contains("\nExit codes:\n  0    success\n"), text);
      assertTrue(text.contains("\n  2    usage error (wrong command line)\n"), text);
      assertTrue(text.contains("\nExamples:\n  " + name) || text.contains("\nExamples:\n  source <(" + name),
          "examples of " + name + ": " + text);
      assertFalse(text.contains("\u001b"), "no colour off a terminal");
      for (String line : lines) {
        assertTrue(line.length() <= 100, "fits 100 columns: " + line);
      }
    }
  }

  /**
   * A run that names its command builds only that command (start-up): its help, its usage errors and its version
   * are the same as those of the whole command tree, which gen help uses.
   */
  @Test
  void aCommandBuiltAloneBehavesAsInTheWholeTree() {
    for (String name : commands()) {
      if (name.isEmpty()) {
        continue;
      }
      String[] words = name.split(" ");
      CommandLine inTree = GenCommand.commandLine(RunContext.of(cwd, Map.of()));
      for (String word : words) {
        inTree = inTree.getSubcommands().get(word);
      }
      assertEquals(inTree.getUsageMessage(), help(name).out(), name);
      GenRunner.Result wrong = GenRunner.in(cwd).run(concat(List.of(words), "--no-such-option"));
      assertEquals(2, wrong.code(), name);
      assertTrue(wrong.err().contains("Try 'gen " + name + " --help'"), wrong.err());
    }
    assertEquals(GenRunner.in(cwd).run("--version").out(), GenRunner.in(cwd).run("config", "--version").out());
    assertTrue(GenRunner.in(cwd).run("chram").err().contains("Did you mean"), "a typo still gets suggestions");
  }

  private static String[] concat(List<String> first, String... rest) {
    List<String> all = new ArrayList<>(first);
    all.addAll(Arrays.asList(rest));
    return all.toArray(new String[0]);
  }

  @Test
  void optionsAreListedByConcern() {
    String text = help("bundle").out();
    int own = text.indexOf("\nOptions:\n");
    int input = text.indexOf("\nInput (read as docker compose reads it):\n");
    int output = text.indexOf("\nOutput:\n");
    int reporting = text.indexOf("\nReporting:\n");
    assertTrue(own > 0 && own < input && input < output && output < reporting, text);
    assertTrue(text.indexOf("--use-charmhub") < input, "the command's own options first");
    assertTrue(text.indexOf("-f, --file=FILE") > input && text.indexOf("-f, --file=FILE") < output, text);
    assertTrue(text.indexOf("--check") > output && text.indexOf("--check") < reporting, text);
    assertTrue(text.indexOf("--warnings=FORMAT") > reporting, text);
    assertTrue(text.startsWith("Usage: gen bundle [OPTIONS] (-o=DIR | --stdout) [INPUT...]\n"), text);
    assertTrue(help("charm").out().startsWith("Usage: gen charm [OPTIONS] -o=DIR [INPUT...]\n"));
  }

  @Test
  void theTopLevelHelpListsTheCommandsAndTheEnvironment() {
    String text = help("").out();
    assertTrue(text.contains("\nCommands:\n  charm       Write a Juju charm for each service\n"), text);
    assertTrue(text.contains("  init        Start a charm project for one image or Dockerfile\n"), text);
    assertTrue(text.contains("NO_COLOR"), text);
    assertTrue(text.contains("GEN_DEBUG"), text);
    assertEquals(text, GenRunner.in(cwd).run("help").out());
    assertEquals(help("charm").out(), GenRunner.in(cwd).run("help", "charm").out());
  }

  @Test
  void versionComesFromTheBuild() {
    GenRunner.Result r = GenRunner.in(cwd).run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().matches("gen \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .*\n"), r.out());
    assertEquals(r.out(), GenRunner.in(cwd).run("charm", "--version").out());
  }

  /**
   * Runs every example of every help text, in order, in one working directory where {@code fixtures/} is the
   * repository's: each must succeed. Examples that use shell syntax (completion) are tested elsewhere.
   */
  @Test
  void everyExampleWorks() throws IOException {
    GenRunner.withFixtures(cwd);
    boolean machine = new CharmTarget(TemplateEngine.builtIn()).supports(CharmFlavour.MACHINE);
    int run = 0;
    for (String command : commands()) {
      String text = help(command).out();
      String examples = text.substring(text.indexOf("\nExamples:\n") + "\nExamples:\n".length());
      for (String line : examples.split("\n")) {
        String example = line.replaceAll("\\s+#.*$", "").trim();
        if (!example.startsWith("gen ") || example.matches(".*[<>|;&'\"].*")) {
          continue;
        }
        String[] words = example.substring("gen ".length()).split(" +");
        GenRunner.Result r = GenRunner.in(cwd).run(words);
        if (!machine && example.contains("--flavour machine")) {
          assertEquals(2, r.code(), "not in this build yet: " + example + "\n" + r);
        } else {
          assertEquals(0, r.code(), example + "\n" + r);
        }
        run++;
      }
    }
    assertTrue(run >= 25, "examples run: " + run);
  }
}
