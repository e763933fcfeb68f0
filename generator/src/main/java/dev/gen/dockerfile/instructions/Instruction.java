package dev.gen.dockerfile.instructions;

import dev.gen.dockerfile.gocompat.GoStrings;
import dev.gen.dockerfile.parser.Heredoc;
import dev.gen.dockerfile.parser.Node;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A typed Dockerfile instruction (BuildKit's {@code instructions} package), with flags validated and arguments
 * checked but nothing substituted yet: values are as written in the Dockerfile, quotes included where the parser
 * keeps them. Every instruction keeps the AST {@link Node} it came from, for its location.
 */
public sealed interface Instruction {

  /** The AST node: keyword, flags, raw arguments, lines. */
  Node node();

  /** The instruction keyword in upper case, as in BuildKit's messages. */
  default String name() {
    return GoStrings.toUpper(node().keyword());
  }

  /** FROM: the start of a build stage. */
  record From(Node node, String baseName, String stageName, String platform) implements Instruction {}

  /** ARG: declarations with optional defaults. */
  record Arg(Node node, List<ArgDeclaration> args) implements Instruction {
    public Arg {
      args = List.copyOf(args);
    }
  }

  /** ENV. */
  record Env(Node node, List<KeyValue> pairs) implements Instruction {
    public Env {
      pairs = List.copyOf(pairs);
    }
  }

  /** LABEL. */
  record Label(Node node, List<KeyValue> pairs) implements Instruction {
    public Label {
      pairs = List.copyOf(pairs);
    }
  }

  /** MAINTAINER (deprecated). */
  record Maintainer(Node node, String maintainer) implements Instruction {}

  /**
   * RUN.
   *
   * @param mounts the {@code --mount} values as written (substituted and checked when the stage is dispatched)
   * @param mountSources the {@code from=} of each mount as written, or null; they make stage dependencies
   */
  record Run(Node node, CommandLine command, List<String> mounts, List<String> mountSources, String network,
      String security, List<String> devices) implements Instruction {
    public Run {
      mounts = List.copyOf(mounts);
      mountSources = Collections.unmodifiableList(new ArrayList<>(mountSources));
      devices = List.copyOf(devices);
    }
  }

  /** CMD. */
  record Cmd(Node node, CommandLine command) implements Instruction {}

  /** ENTRYPOINT. */
  record Entrypoint(Node node, CommandLine command) implements Instruction {}

  /** SHELL: always the JSON form. */
  record Shell(Node node, List<String> shell) implements Instruction {
    public Shell {
      shell = List.copyOf(shell);
    }
  }

  /** WORKDIR. */
  record Workdir(Node node, String path) implements Instruction {}

  /** USER. */
  record User(Node node, String user) implements Instruction {}

  /** VOLUME: the paths, each trimmed and non-empty. */
  record Volume(Node node, List<String> volumes) implements Instruction {
    public Volume {
      volumes = List.copyOf(volumes);
    }
  }

  /** EXPOSE: the words as written (substituted and split when the stage is dispatched), sorted as BuildKit does. */
  record Expose(Node node, List<String> ports) implements Instruction {
    public Expose {
      ports = List.copyOf(ports);
    }
  }

  /** STOPSIGNAL. */
  record StopSignal(Node node, String signal) implements Instruction {}

  /** HEALTHCHECK. */
  record Healthcheck(Node node, HealthSpec health) implements Instruction {}

  /**
   * ONBUILD.
   *
   * @param expression the trigger as BuildKit stores it: the line without {@code ONBUILD}, heredoc bodies appended
   * @param trigger the nested instruction's AST
   */
  record Onbuild(Node node, String expression, Node trigger) implements Instruction {}

  /** COPY. */
  record Copy(Node node, SourcesAndDest files, String from, String chown, String chmod, boolean link,
      boolean parents, List<String> excludes) implements Instruction {
    public Copy {
      excludes = List.copyOf(excludes);
    }
  }

  /**
   * ADD.
   *
   * @param unpack {@code --unpack}: null when not given (BuildKit then decides by the source)
   */
  record Add(Node node, SourcesAndDest files, String chown, String chmod, boolean link, boolean keepGitDir,
      String checksum, Boolean unpack, List<String> excludes) implements Instruction {
    public Add {
      excludes = List.copyOf(excludes);
    }
  }

  /** One {@code KEY=value} of ENV or LABEL; {@code legacy} for the {@code KEY value} form. */
  record KeyValue(String key, String value, boolean legacy) {}

  /** One ARG declaration; {@code defaultValue} is null when none is given. */
  record ArgDeclaration(String key, String defaultValue) {}

  /**
   * The command of RUN, CMD or ENTRYPOINT.
   *
   * @param args the exec-form words, or one string for the shell form
   * @param shellForm whether the command runs through the shell ({@code PrependShell})
   * @param files RUN's heredocs
   * @param nil ENTRYPOINT's "no command" (from {@code ENTRYPOINT []}): it clears the entrypoint
   */
  record CommandLine(List<String> args, boolean shellForm, List<Heredoc> files, boolean nil) {
    public CommandLine {
      args = List.copyOf(args);
      files = List.copyOf(files);
    }
  }

  /**
   * COPY/ADD operands.
   *
   * @param sourcePaths the sources as written
   * @param sourceContents heredoc sources
   * @param destPath the destination
   */
  record SourcesAndDest(List<String> sourcePaths, List<SourceContent> sourceContents, String destPath) {
    public SourcesAndDest {
      sourcePaths = List.copyOf(sourcePaths);
      sourceContents = List.copyOf(sourceContents);
    }
  }

  /** A heredoc source of COPY/ADD: a file named {@code path} with {@code data}, substituted when {@code expand}. */
  record SourceContent(String path, String data, boolean expand) {}

  /**
   * HEALTHCHECK settings.
   *
   * @param test {@code ["NONE"]}, {@code ["CMD", args...]} or {@code ["CMD-SHELL", script]}
   * @param interval null when not set (or 0)
   * @param retries 0 when not set
   */
  record HealthSpec(List<String> test, Duration interval, Duration timeout, Duration startPeriod,
      Duration startInterval, int retries) {
    public HealthSpec {
      test = List.copyOf(test);
    }
  }
}
