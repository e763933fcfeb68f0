package dev.gen.dockerfile.instructions;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.SourceLocation;
import dev.gen.dockerfile.DockerfileCodes;
import dev.gen.dockerfile.DockerfileErrors;
import dev.gen.dockerfile.gocompat.GoStrings;
import dev.gen.dockerfile.parser.Node;
import dev.gen.dockerfile.parser.ParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A Dockerfile as build stages (BuildKit's {@code instructions.Parse}): the ARGs before the first FROM are the
 * global (meta) arguments; every FROM starts a stage; any other instruction before the first FROM is an error.
 *
 * @param file the file name used in locations
 * @param metaArgs the global ARG instructions
 * @param stages the stages in file order
 */
public record DockerfileStages(String file, List<Instruction.Arg> metaArgs, List<Stage> stages) {

  private static final Set<String> RESERVED_STAGE_NAMES = Set.of("context", "scratch");

  public DockerfileStages {
    metaArgs = List.copyOf(metaArgs);
    stages = List.copyOf(stages);
  }

  /**
   * Types every instruction of a parsed Dockerfile and splits it into stages. Lint warnings that BuildKit reports
   * at this point (stage name casing, reserved and duplicate stage names, MAINTAINER) go to {@code warnings}.
   */
  public static DockerfileStages of(ParseResult result, Diagnostics warnings) {
    String syntax = result.directives().getOrDefault("syntax", "");
    InstructionParser parser = new InstructionParser(syntax.contains("labs"));
    List<Instruction.Arg> metaArgs = new ArrayList<>();
    List<Stage> stages = new ArrayList<>();
    Instruction.From from = null;
    List<Instruction> commands = new ArrayList<>();
    for (Node node : result.instructions()) {
      Instruction instruction;
      try {
        instruction = parser.parse(node);
      } catch (InstructionException e) {
        throw DockerfileErrors.error(location(result.file(), node), e.code(), e.getMessage(), e.hint());
      }
      lint(result.file(), instruction, warnings);
      if (from == null && instruction instanceof Instruction.Arg arg) {
        metaArgs.add(arg);
        continue;
      }
      if (instruction instanceof Instruction.From f) {
        if (from != null) {
          stages.add(new Stage(stages.size(), from, commands));
        }
        from = f;
        commands = new ArrayList<>();
        continue;
      }
      if (from == null) {
        throw DockerfileErrors.error(location(result.file(), node), DockerfileCodes.STAGE,
            "no build stage in current context",
            "a Dockerfile starts with FROM; only ARG, comments and parser directives may come before it");
      }
      commands.add(instruction);
    }
    if (from == null) {
      throw DockerfileErrors.error(SourceLocation.of(result.file()), DockerfileCodes.STAGE,
          "dockerfile contains no stages to build", "add a FROM instruction");
    }
    stages.add(new Stage(stages.size(), from, commands));
    checkStageNames(result.file(), stages, warnings);
    return new DockerfileStages(result.file(), metaArgs, stages);
  }

  /** The location of an instruction: its first line and the column of its keyword. */
  public static SourceLocation location(String file, Node node) {
    return new SourceLocation(file, node.startLine(), node.column());
  }

  private static void lint(String file, Instruction instruction, Diagnostics warnings) {
    Node node = instruction.node();
    SourceLocation where = location(file, node);
    if (instruction instanceof Instruction.From) {
      List<String> args = node.args();
      if (args.size() == 3) {
        if (!args.get(2).equals(GoStrings.toLower(args.get(2)))) {
          warnings.warn(DockerfileCodes.STAGE_NAME_CASING,
              "Stage name '" + args.get(2) + "' should be lowercase", where, "");
        }
        String keyword = node.keyword();
        boolean lower = keyword.equals(GoStrings.toLower(keyword));
        boolean upper = keyword.equals(GoStrings.toUpper(keyword));
        String as = args.get(1);
        if ((lower && !as.equals(GoStrings.toLower(as))) || (!lower && upper && !as.equals(GoStrings.toUpper(as)))) {
          warnings.warn(DockerfileCodes.FROM_AS_CASING,
              "'" + as + "' and '" + keyword + "' keywords' casing do not match", where, "");
        }
      }
    } else if (instruction instanceof Instruction.Maintainer) {
      warnings.warn(DockerfileCodes.MAINTAINER_DEPRECATED,
          "Maintainer instruction is deprecated in favor of using label", where, "");
    } else if (instruction instanceof Instruction.Arg || instruction instanceof Instruction.StopSignal
        || (instruction instanceof Instruction.Healthcheck h && h.health().test().equals(List.of("NONE")))) {
      ignoredFlags(node, where, warnings);
    }
  }

  private static void ignoredFlags(Node node, SourceLocation where, Diagnostics warnings) {
    if (!node.flags().isEmpty()) {
      warnings.warn(DockerfileCodes.IGNORED_FLAG, "BuildKit ignores the flags of " + GoStrings.toUpper(node.keyword())
          + " here: " + String.join(" ", node.flags()), where, "");
    }
  }

  private static void checkStageNames(String file, List<Stage> stages, Diagnostics warnings) {
    Set<String> seen = new HashSet<>();
    for (Stage stage : stages) {
      String name = stage.name();
      if (name == null) {
        continue;
      }
      SourceLocation where = location(file, stage.from().node());
      if (RESERVED_STAGE_NAMES.contains(name)) {
        warnings.warn(DockerfileCodes.RESERVED_STAGE_NAME,
            "'" + name + "' is reserved and should not be used as a stage name", where, "");
      }
      if (!seen.add(name)) {
        warnings.warn(DockerfileCodes.DUPLICATE_STAGE_NAME,
            "Duplicate stage name " + dev.gen.dockerfile.gocompat.GoQuote.quote(name)
                + ", stage names should be unique", where, "");
      }
    }
  }
}
