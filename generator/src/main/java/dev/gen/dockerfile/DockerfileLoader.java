package dev.gen.dockerfile;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.dockerfile.dispatch.Dispatcher;
import dev.gen.dockerfile.instructions.DockerfileStages;
import dev.gen.dockerfile.parser.DockerfileParser;
import dev.gen.dockerfile.parser.DockerfileSource;
import dev.gen.dockerfile.parser.ParseResult;
import dev.gen.dockerfile.parser.ParseWarning;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a Dockerfile with BuildKit's semantics and returns what it tells about the image of a target stage: base
 * image, stages, environment, ports, volumes, user, working directory, entrypoint and command, health check, stop
 * signal, labels, build arguments and ONBUILD triggers, each with its location. Values the base image would
 * provide are reported as unknown, never guessed.
 *
 * <p>It runs BuildKit's three layers: {@link DockerfileParser} (lines to AST), {@link DockerfileStages} (typed
 * instructions and stages) and {@link Dispatcher} (substitution and image configuration). Warnings (BuildKit's lint
 * rules and a few of gen's own) go to the given {@link Diagnostics} with {@code dockerfile.*} codes; errors are
 * {@link dev.gen.diag.GenException}s located at file:line:column with BuildKit's wording.
 *
 * <p>Limits: a Dockerfile may have at most {@value DockerfileSource#MAX_FILE_BYTES} bytes (4 MiB) and lines of at
 * most {@value DockerfileSource#MAX_LINE_BYTES} bytes (BuildKit's limit); it must be UTF-8 without NUL bytes.
 */
public final class DockerfileLoader {

  private DockerfileLoader() {}

  /**
   * Loads a Dockerfile on disk.
   *
   * @param dockerfile the file
   * @param targetStage the stage to build, or null for the last one
   * @param buildArgs build arguments (may be empty)
   * @param warnings where warnings go
   */
  public static DockerfileFacts load(Path dockerfile, String targetStage, Map<String, String> buildArgs,
      Diagnostics warnings) {
    return load(dockerfile, new LoadOptions(targetStage, buildArgs, null), warnings);
  }

  /** Loads a Dockerfile on disk with all options; the file is named in messages as given. */
  public static DockerfileFacts load(Path dockerfile, LoadOptions options, Diagnostics warnings) {
    return load(dockerfile, dockerfile.toString(), options, warnings);
  }

  /**
   * Loads a Dockerfile on disk, naming it {@code displayName} in locations (for example its path relative to the
   * project directory).
   */
  public static DockerfileFacts load(Path dockerfile, String displayName, LoadOptions options,
      Diagnostics warnings) {
    return load(DockerfileSource.read(dockerfile, displayName), options, warnings);
  }

  /**
   * Loads Dockerfile text that is not in a file of its own, such as Compose's {@code dockerfile_inline} or a test.
   *
   * @param name the name to use in messages
   */
  public static DockerfileFacts loadText(String name, String text, LoadOptions options, Diagnostics warnings) {
    return load(DockerfileSource.ofText(name, text), options, warnings);
  }

  private static DockerfileFacts load(DockerfileSource source, LoadOptions options, Diagnostics warnings) {
    ParseResult parsed = DockerfileParser.parse(source);
    Diagnostics collected = new Diagnostics();
    for (ParseWarning w : parsed.warnings()) {
      collected.warn(w.code(), w.message(), source.at(w.line(), 1), "");
    }
    String check = parsed.directives().get("check");
    LintPolicy policy = check == null ? LintPolicy.none() : LintPolicy.parse(check, SourceLocation.of(source.name()));
    DockerfileFacts facts;
    try {
      DockerfileStages stages = DockerfileStages.of(parsed, collected);
      facts = Dispatcher.run(parsed, stages, options, collected);
    } catch (GenException e) {
      warnings.addAll(collected); // what was found before the error still helps
      throw e;
    }
    policy.apply(collected, warnings, source.name());
    return facts;
  }
}
