package dev.gen.dockerfile.dispatch;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.dockerfile.DockerfileCodes;
import dev.gen.dockerfile.DockerfileErrors;
import dev.gen.dockerfile.StageDependency;
import dev.gen.dockerfile.gocompat.GoQuote;
import dev.gen.dockerfile.gocompat.GoStrings;
import dev.gen.dockerfile.instructions.DockerfileStages;
import dev.gen.dockerfile.instructions.Instruction;
import dev.gen.dockerfile.instructions.InstructionException;
import dev.gen.dockerfile.instructions.InstructionParser;
import dev.gen.dockerfile.instructions.Stage;
import dev.gen.dockerfile.parser.DockerfileParser;
import dev.gen.dockerfile.parser.ParseResult;
import dev.gen.dockerfile.shell.ShellLexException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How the stages relate (BuildKit's {@code toDispatchState} before dispatch): each FROM's image or parent stage
 * (with global ARGs substituted), the stages and images each stage uses through {@code COPY --from} and
 * {@code RUN --mount=from=}, the ONBUILD triggers a stage inherits from its parent stage, cycles, the target and
 * the stages it needs.
 */
final class StageGraph {

  /** A use of another stage or image by an instruction. */
  record Dependency(StageDependency.Kind kind, String reference, Integer stage, Instruction instruction) {}

  final DockerfileStages file;
  final List<Stage> stages;
  final String[] baseNames;
  final String[] platforms;
  final List<List<String>> fromUnresolved = new ArrayList<>();
  final Integer[] parents;
  final Map<String, Integer> byName = new LinkedHashMap<>();
  final List<List<Dependency>> dependencies = new ArrayList<>();
  /** The commands each stage runs: inherited ONBUILD triggers first, then its own. */
  final List<List<Instruction>> commands = new ArrayList<>();
  /** Where to report problems of instructions that come from ONBUILD triggers. */
  final Map<Instruction, SourceLocation> triggerLocations = new IdentityHashMap<>();
  private final boolean[] triggersInitialized;
  int target;
  TreeSet<Integer> reachable = new TreeSet<>();

  StageGraph(DockerfileStages file) {
    this.file = file;
    this.stages = file.stages();
    int n = stages.size();
    this.baseNames = new String[n];
    this.platforms = new String[n];
    this.parents = new Integer[n];
    this.triggersInitialized = new boolean[n];
  }

  SourceLocation location(Instruction instruction) {
    SourceLocation override = triggerLocations.get(instruction);
    return override != null ? override : DockerfileStages.location(file.file(), instruction.node());
  }

  /** The name BuildKit uses for a stage in messages. */
  String stageName(int index) {
    String name = stages.get(index).name();
    return name != null ? name : "stage-" + index;
  }

  /** Substitutes every FROM (all stages, as BuildKit) and links stages to their parents. */
  void resolveBases(DispatchEnv globals, Expander expander, List<String> metaArgNames) {
    Map<String, Integer> earlier = new HashMap<>();
    for (Stage stage : stages) {
      int i = stage.index();
      Instruction.From from = stage.from();
      SourceLocation where = location(from);
      Expander.Expansion base = expander.expand(from.baseName(), globals, where, metaArgNames,
          DockerfileCodes.UNDEFINED_ARG_IN_FROM);
      if (base.word().isEmpty()) {
        throw DockerfileErrors.error(where, DockerfileCodes.STAGE,
            "base name (" + from.baseName() + ") should not be blank",
            "the FROM image comes from a global ARG without a value; give the ARG a default or a build argument");
      }
      List<String> unresolved = new ArrayList<>(base.unresolved());
      baseNames[i] = base.word();
      if (from.platform() != null) {
        Expander.Expansion platform = expander.expand(from.platform(), globals, where, metaArgNames,
            DockerfileCodes.UNDEFINED_ARG_IN_FROM);
        if (platform.word().isEmpty()) {
          throw DockerfileErrors.error(where, DockerfileCodes.STAGE,
              "empty platform value from expression " + from.platform());
        }
        if (platform.unresolved().isEmpty()) {
          try {
            Platform.parse(platform.word());
          } catch (IllegalArgumentException e) {
            throw DockerfileErrors.error(where, DockerfileCodes.STAGE,
                "failed to parse platform " + from.platform() + ": " + e.getMessage());
          }
        }
        platforms[i] = platform.word();
        for (String u : platform.unresolved()) {
          if (!unresolved.contains(u)) {
            unresolved.add(u);
          }
        }
      }
      fromUnresolved.add(List.copyOf(unresolved));
      parents[i] = earlier.get(baseNames[i]);
      if (stage.name() != null) {
        earlier.put(stage.name(), i);
        byName.put(stage.name(), i);
      }
    }
  }

  /** The target stage: the one named (any case), else the last. */
  void selectTarget(String name) {
    if (name == null) {
      target = stages.size() - 1;
      return;
    }
    Integer index = byName.get(GoStrings.toLower(name));
    if (index == null) {
      List<String> names = new ArrayList<>(byName.keySet());
      throw DockerfileErrors.error(SourceLocation.of(file.file()), DockerfileCodes.STAGE,
          "target stage " + GoQuote.quote(name) + " could not be found",
          names.isEmpty() ? "the Dockerfile has no named stage (FROM ... AS name)"
              : "the named stages are " + String.join(", ", names));
    }
    target = index;
  }

  /** The dependencies of every stage's own commands. */
  void collectDependencies(ShellLexOf lexOf) {
    for (Stage stage : stages) {
      commands.add(new ArrayList<>(stage.commands()));
      List<Dependency> deps = new ArrayList<>();
      for (Instruction instruction : stage.commands()) {
        deps.addAll(dependenciesOf(instruction, lexOf));
      }
      dependencies.add(deps);
    }
  }

  /** Produces the lexer used to check that {@code --from} has no variables. */
  interface ShellLexOf {
    String processWord(String text) throws ShellLexException;
  }

  private List<Dependency> dependenciesOf(Instruction instruction, ShellLexOf lexOf) {
    List<Dependency> out = new ArrayList<>();
    if (instruction instanceof Instruction.Copy copy && !copy.from().isEmpty()) {
      String from = copy.from();
      String processed;
      try {
        processed = lexOf.processWord(from);
      } catch (ShellLexException e) {
        processed = null;
      }
      if (!from.equals(processed)) {
        throw DockerfileErrors.error(location(instruction), DockerfileCodes.INSTRUCTION,
            "variable expansion is not supported for --from, define a new stage with FROM using ARG from global "
                + "scope as a workaround");
      }
      Long index = parseGoInt(from);
      Integer stage;
      if (index != null) {
        if (index < 0 || index >= stages.size()) {
          throw DockerfileErrors.error(location(instruction), DockerfileCodes.STAGE, "invalid stage index " + index);
        }
        stage = index.intValue();
      } else {
        stage = byName.get(GoStrings.toLower(from));
      }
      out.add(new Dependency(StageDependency.Kind.COPY_FROM, from, stage, instruction));
    } else if (instruction instanceof Instruction.Run run) {
      for (String source : run.mountSources()) {
        if (source != null && !source.isEmpty()) {
          out.add(new Dependency(StageDependency.Kind.MOUNT_FROM, source, byName.get(GoStrings.toLower(source)),
              instruction));
        }
      }
    }
    return out;
  }

  /** Go's {@code strconv.Atoi}: an optional sign and decimal digits within 64 bits; null otherwise. */
  private static Long parseGoInt(String s) {
    if (!s.matches("[+-]?[0-9]{1,19}")) {
      return null;
    }
    try {
      return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** BuildKit's {@code validateCircularDependency} over the COPY/mount dependencies. */
  void checkCycles() {
    int n = stages.size();
    boolean[] visited = new boolean[n];
    boolean[] onPath = new boolean[n]; // all false again whenever a search ends
    for (int startStage = 0; startStage < n; startStage++) {
      if (visited[startStage]) {
        continue;
      }
      // iterative depth-first search, so that long chains of stages cannot exhaust the stack
      Deque<int[]> stack = new ArrayDeque<>(); // {stage, next dependency index}
      stack.push(new int[] {startStage, 0});
      visited[startStage] = true;
      onPath[startStage] = true;
      while (!stack.isEmpty()) {
        int[] top = stack.peek();
        List<Dependency> deps = dependencies.get(top[0]);
        if (top[1] >= deps.size()) {
          onPath[top[0]] = false;
          stack.pop();
          continue;
        }
        Dependency dep = deps.get(top[1]++);
        if (dep.stage() == null) {
          continue;
        }
        int next = dep.stage();
        if (onPath[next]) {
          throw DockerfileErrors.error(location(dep.instruction()), DockerfileCodes.STAGE,
              "circular dependency detected on stage: " + stageName(startStage),
              "COPY --from and RUN --mount=from= must not lead back to a stage that needs them");
        }
        if (!visited[next]) {
          visited[next] = true;
          onPath[next] = true;
          stack.push(new int[] {next, 0});
        }
      }
    }
  }

  /**
   * The stages the target needs, including those only ONBUILD triggers of a parent stage bring in (BuildKit
   * re-resolves until nothing new appears).
   */
  void resolveReachable(InstructionParser parser, ShellLexOf lexOf) {
    while (true) {
      reachable = reach();
      boolean added = false;
      for (int i : reachable) {
        if (triggersInitialized[i] || parents[i] == null) {
          continue;
        }
        triggersInitialized[i] = true;
        List<Instruction> triggers = new ArrayList<>();
        for (Instruction instruction : stages.get(parents[i]).commands()) {
          if (instruction instanceof Instruction.Onbuild onbuild) {
            Instruction trigger = parseTrigger(onbuild, parser);
            triggers.add(trigger);
            List<Dependency> deps = dependenciesOf(trigger, lexOf);
            if (!deps.isEmpty()) {
              dependencies.get(i).addAll(deps);
              added = true;
            }
          }
        }
        commands.get(i).addAll(0, triggers);
      }
      if (!added) {
        checkCycles();
        return;
      }
    }
  }

  private Instruction parseTrigger(Instruction.Onbuild onbuild, InstructionParser parser) {
    SourceLocation where = location(onbuild);
    try {
      ParseResult result = DockerfileParser.parse(file.file(), onbuild.expression());
      if (result.instructions().size() != 1) {
        throw DockerfileErrors.error(where, DockerfileCodes.INSTRUCTION,
            "onbuild trigger should be a single expression");
      }
      Instruction trigger = parser.parse(result.instructions().get(0));
      triggerLocations.put(trigger, where);
      return trigger;
    } catch (InstructionException e) {
      throw DockerfileErrors.error(where, e.code(), "ONBUILD trigger: " + e.getMessage(), e.hint());
    } catch (GenException e) {
      throw DockerfileErrors.error(where, e.first().code(), "ONBUILD trigger: " + e.first().message());
    }
  }

  private TreeSet<Integer> reach() {
    TreeSet<Integer> seen = new TreeSet<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(target);
    while (!todo.isEmpty()) {
      int i = todo.pop();
      if (!seen.add(i)) {
        continue;
      }
      if (parents[i] != null) {
        todo.push(parents[i]);
      }
      for (Dependency d : dependencies.get(i)) {
        if (d.stage() != null) {
          todo.push(d.stage());
        }
      }
    }
    return seen;
  }

  /** The target's chain: root stage first. */
  List<Integer> chain() {
    List<Integer> chain = new ArrayList<>();
    for (Integer i = target; i != null; i = parents[i]) {
      chain.add(i);
    }
    java.util.Collections.reverse(chain);
    return chain;
  }

  /** Checks the image references BuildKit would resolve: reachable FROM images and COPY/mount images. */
  void checkImageReferences() {
    for (int i : reachable) {
      if (parents[i] == null && fromUnresolved.get(i).isEmpty() && !baseNames[i].equals("scratch")) {
        String problem = ImageReference.problem(baseNames[i]);
        if (problem != null) {
          throw DockerfileErrors.error(location(stages.get(i).from()), DockerfileCodes.STAGE,
              "failed to parse stage name " + GoQuote.quote(baseNames[i]) + ": " + problem);
        }
      }
      for (Dependency d : dependencies.get(i)) {
        if (d.stage() == null) {
          String problem = ImageReference.problem(d.reference());
          if (problem != null) {
            throw DockerfileErrors.error(location(d.instruction()), DockerfileCodes.STAGE,
                "failed to parse stage name " + GoQuote.quote(d.reference()) + ": " + problem,
                "--from names a stage of this Dockerfile, a stage index, or an image");
          }
        }
      }
    }
  }
}
