package dev.gen.cli;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.render.TemplateEngine;
import dev.gen.render.TemplateLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --templates DIR}: the user's templates, which override the built-in ones with the same relative path. */
public final class TemplateOptions implements SourceRoots {

  @Option(names = "--templates", paramLabel = "DIR",
      description = "A directory of templates that override the built-in ones with the same relative path, such as"
          + " DIR/charm/k8s/README.md.mustache ('gen templates dump' writes the built-ins out to start from).")
  Path templates;

  public Path templates() {
    return templates;
  }

  /** The engine to render with: the built-in templates, under the user's when {@code --templates} is given. */
  public TemplateEngine engine(RunContext context) {
    if (templates == null) {
      return TemplateEngine.builtIn();
    }
    Path dir = context.resolve(templates);
    if (!Files.isDirectory(dir)) {
      throw GenException.at(SourceLocation.of(templates.toString()), "", "templates.not-found",
          templates + ": no such directory")
          .withHint("'gen templates dump TARGET DIR' writes the built-in templates into DIR to start from");
    }
    return new TemplateEngine(TemplateLocator.withOverrides(dir));
  }

  @Override
  public List<Path> sourceRoots(RunContext context) {
    return templates == null ? List.of() : List.of(context.resolve(templates));
  }
}
