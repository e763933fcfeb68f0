package dev.gen.dockerfile.dispatch;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.SourceLocation;
import dev.gen.dockerfile.ArgFact;
import dev.gen.dockerfile.BaseImage;
import dev.gen.dockerfile.DockerfileCodes;
import dev.gen.dockerfile.DockerfileErrors;
import dev.gen.dockerfile.DockerfileFacts;
import dev.gen.dockerfile.ImageFacts;
import dev.gen.dockerfile.LoadOptions;
import dev.gen.dockerfile.StageDependency;
import dev.gen.dockerfile.StageFacts;
import dev.gen.dockerfile.instructions.DockerfileStages;
import dev.gen.dockerfile.instructions.Instruction;
import dev.gen.dockerfile.instructions.InstructionParser;
import dev.gen.dockerfile.instructions.Stage;
import dev.gen.dockerfile.parser.ParseResult;
import dev.gen.dockerfile.shell.ShellEnv;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * BuildKit's dispatch ({@code dockerfile2llb.toDispatchState}) reduced to what it decides about the image: global
 * ARGs with build arguments, every FROM substituted, the stage graph and target, then each stage the target needs,
 * in file order, instruction by instruction. The result is the {@link DockerfileFacts} of the target.
 */
public final class Dispatcher {

  /** The platform arguments BuildKit predefines in the global scope. */
  private static final List<String> PLATFORM_ARGS = List.of("BUILDPLATFORM", "BUILDOS", "BUILDOSVERSION",
      "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETOSVERSION", "TARGETARCH", "TARGETVARIANT");

  /** Build arguments BuildKit uses without an ARG (proxies) or for itself; never "unused". */
  private static final Set<String> PREDEFINED_ARGS = Set.of("HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY",
      "ALL_PROXY");

  /**
   * How many state entries (variables, labels, ports...) may be copied from parent stages to the stages built on
   * them, in all. Real Dockerfiles copy a few thousand; this only stops files made to explode.
   */
  static final long COPY_BUDGET = 20_000_000;

  private Dispatcher() {}

  public static DockerfileFacts run(ParseResult parsed, DockerfileStages file, LoadOptions options,
      Diagnostics warnings) {
    Platform platform = parsePlatform(options.platform());
    Expander expander = new Expander(parsed.escapeToken(), warnings);
    StageGraph graph = new StageGraph(file);
    List<Stage> stages = file.stages();
    String targetName = options.target() != null ? options.target()
        : stages.get(stages.size() - 1).name() == null ? "" : stages.get(stages.size() - 1).name();

    List<ArgFact> argFacts = new ArrayList<>();
    List<String> metaArgNames = new ArrayList<>();
    DispatchEnv globals = globalArgs(file, options, platform, targetName, expander, argFacts, metaArgNames);

    graph.resolveBases(globals, expander, metaArgNames);
    graph.selectTarget(options.target());
    StageGraph.ShellLexOf lexOf = text -> expander.lex().processWord(text, ShellEnv.EMPTY);
    graph.collectDependencies(lexOf);
    graph.checkCycles();
    String syntax = parsed.directives().getOrDefault("syntax", "");
    InstructionParser parser = new InstructionParser(syntax.contains("labs"));
    graph.resolveReachable(parser, lexOf);
    graph.checkImageReferences();

    StageState[] states = new StageState[stages.size()];
    int[] childrenLeft = new int[stages.size()];
    for (int i : graph.reachable) {
      if (graph.parents[i] != null) {
        childrenLeft[graph.parents[i]]++;
      }
    }
    InstructionDispatcher dispatcher = new InstructionDispatcher(graph, expander, globals, options.buildArgs(),
        warnings, argFacts, parser);
    Set<String> declared = new LinkedHashSet<>(metaArgNames);
    long copyBudget = COPY_BUDGET;
    for (int i : graph.reachable) {
      StageState st;
      Integer parent = graph.parents[i];
      if (parent != null) {
        // the last stage built on a parent takes its state over; the others copy it
        if (--childrenLeft[parent] == 0 && parent != graph.target) {
          st = states[parent].takeOver();
          states[parent] = null;
        } else {
          copyBudget -= states[parent].size();
          if (copyBudget < 0) {
            throw DockerfileErrors.error(graph.location(stages.get(i).from()), DockerfileCodes.LIMIT,
                "the stages built on other stages copy more than " + COPY_BUDGET + " settings in all, the most "
                    + "gen accepts");
          }
          st = states[parent].child();
        }
      } else {
        boolean windows = isWindows(graph.platforms[i], graph.fromUnresolved.get(i), platform);
        st = StageState.root(graph.baseNames[i].equals("scratch"), windows,
            graph.location(stages.get(i).from()));
      }
      for (Instruction instruction : graph.commands.get(i)) {
        dispatcher.dispatch(i, st, instruction);
      }
      declared.addAll(st.declaredArgs);
      states[i] = st;
    }
    warnUnusedBuildArgs(options, declared, file.file(), warnings);
    return facts(parsed, graph, states, argFacts);
  }

  private static Platform parsePlatform(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return Platform.parse(text);
    } catch (IllegalArgumentException e) {
      throw DockerfileErrors.error(SourceLocation.UNKNOWN, DockerfileCodes.PLATFORM,
          "invalid platform " + e.getMessage(), "a platform is os/arch[/variant], for example linux/amd64");
    }
  }

  /** The OS of a stage built on an image: its FROM --platform when known, else the loader's platform. */
  private static boolean isWindows(String fromPlatform, List<String> unresolved, Platform option) {
    if (fromPlatform != null && unresolved.isEmpty()) {
      return Platform.parse(fromPlatform).isWindows();
    }
    return option != null && option.isWindows();
  }

  /** BuildKit's {@code defaultArgs} and {@code buildMetaArgs}. */
  private static DispatchEnv globalArgs(DockerfileStages file, LoadOptions options, Platform platform,
      String targetName, Expander expander, List<ArgFact> argFacts, List<String> metaArgNames) {
    // Windows images are built on Windows hosts, where BuildKit matches variable names in any case
    DispatchEnv globals = new DispatchEnv(false, platform != null && platform.isWindows());
    for (String name : PLATFORM_ARGS) {
      String value = platformValue(name, platform);
      if (options.buildArgs().containsKey(name)) {
        globals.set(name, options.buildArgs().get(name), List.of());
      } else if (value != null) {
        globals.set(name, value, List.of());
      } else {
        globals.setUnknown(name);
      }
    }
    globals.set("TARGETSTAGE", options.buildArgs().getOrDefault("TARGETSTAGE", targetName), List.of());
    for (Instruction.Arg arg : file.metaArgs()) {
      SourceLocation where = DockerfileStages.location(file.file(), arg.node());
      for (Instruction.ArgDeclaration decl : arg.args()) {
        String key = decl.key();
        metaArgNames.add(key);
        String value = null;
        List<String> unresolved = List.of();
        boolean fromBuildArg = options.buildArgs().containsKey(key);
        if (fromBuildArg) {
          value = options.buildArgs().get(key);
        } else if (decl.defaultValue() != null) {
          Expander.Expansion e = expander.expand(decl.defaultValue(), globals, where, metaArgNames,
              DockerfileCodes.UNDEFINED_VAR);
          value = e.word();
          unresolved = e.unresolved();
        } else if (globals.contains(key)) {
          DispatchEnv.Value predefined = globals.entry(key);
          value = predefined.value();
          unresolved = predefined.unresolved();
        }
        if (fromBuildArg || decl.defaultValue() != null) { // a bare ARG keeps a predefined value
          globals.set(key, value, unresolved);
        }
        argFacts.add(new ArgFact(key, decl.defaultValue(), value, fromBuildArg, null, where, unresolved));
      }
    }
    return globals;
  }

  /** A platform argument's value, or null when gen cannot know it (the build platform always). */
  private static String platformValue(String name, Platform target) {
    if (target == null || name.startsWith("BUILD")) {
      return null;
    }
    return switch (name) {
      case "TARGETPLATFORM" -> target.os().isEmpty() || target.architecture().isEmpty() ? null : target.format();
      case "TARGETOS" -> target.os().isEmpty() ? null : target.os();
      case "TARGETARCH" -> target.architecture().isEmpty() ? null : target.architecture();
      case "TARGETVARIANT" -> target.variant();
      case "TARGETOSVERSION" -> "";
      default -> null;
    };
  }

  private static void warnUnusedBuildArgs(LoadOptions options, Set<String> declared, String file,
      Diagnostics warnings) {
    for (String name : options.buildArgs().keySet().stream().sorted().toList()) {
      if (declared.contains(name) || PLATFORM_ARGS.contains(name) || name.equals("TARGETSTAGE")
          || PREDEFINED_ARGS.contains(name.toUpperCase(Locale.ROOT)) || name.startsWith("BUILDKIT_")) {
        continue;
      }
      warnings.warn(DockerfileCodes.UNUSED_BUILD_ARG, "the build argument " + name
          + " is not consumed: no ARG of the stages built declares it", SourceLocation.of(file), "");
    }
  }

  private static DockerfileFacts facts(ParseResult parsed, StageGraph graph, StageState[] states,
      List<ArgFact> argFacts) {
    List<Integer> chain = graph.chain();
    int root = chain.get(0);
    Stage rootStage = graph.stages.get(root);
    BaseImage base = new BaseImage(graph.baseNames[root], graph.baseNames[root].equals("scratch"),
        graph.platforms[root], graph.location(rootStage.from()), graph.fromUnresolved.get(root));
    List<StageFacts> stageFacts = new ArrayList<>();
    for (Stage stage : graph.stages) {
      int i = stage.index();
      List<StageDependency> deps = new ArrayList<>();
      for (StageGraph.Dependency d : graph.dependencies.get(i)) {
        deps.add(new StageDependency(d.kind(), d.reference(), d.stage(), graph.location(d.instruction())));
      }
      stageFacts.add(new StageFacts(i, stage.name(), graph.baseNames[i], graph.parents[i], graph.platforms[i],
          graph.location(stage.from()), graph.reachable.contains(i), deps));
    }
    StageState t = states[graph.target];
    ImageFacts image = new ImageFacts(!t.scratchRoot, List.copyOf(t.imageEnv.values()), List.copyOf(t.ports.values()), t.unresolvedPorts,
        List.copyOf(t.volumes.values()), List.copyOf(t.labels.values()), t.user, t.workdir, t.entrypoint, t.cmd,
        t.healthcheck, t.stopSignal, t.shell, t.maintainer, t.onBuild);
    Set<Integer> inChain = Set.copyOf(chain);
    List<ArgFact> args = argFacts.stream().filter(a -> a.stage() == null || inChain.contains(a.stage())).toList();
    String syntax = parsed.directives().get("syntax");
    return new DockerfileFacts(parsed.file(), syntax, (char) parsed.escapeToken(), graph.target, chain, base,
        stageFacts, image, args);
  }
}
