package dev.gen.cli;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.render.TemplateEngine;
import dev.gen.render.TemplateIndex;
import dev.gen.render.TemplateLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** {@code --templates DIR}: the user's templates, which override the built-in ones with the same relative path. */
public final class TemplateOptions implements SourceRoots {

  /** More files than this in a template directory are not all looked at for names that override nothing. */
  static final int MAX_FILES_CHECKED = 10_000;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "A directory of templates that override the built-in ones with the same relative path, such as"
          + " DIR/charm/k8s/README.md.mustache ('gen templates dump' writes the built-ins out to start from).")
  Path templates;

  public Path templates() {
    return templates;
  }

  /**
   * The engine to render with: the built-in templates, under the user's when {@code --templates} is given. A file
   * in the user's directory that overrides no built-in template (a typo in its name) is a warning.
   */
  public TemplateEngine engine(RunContext context, Diagnostics diagnostics) {
    if (templates == null) {
      return TemplateEngine.builtIn();
    }
    Path dir = context.resolve(templates);
    if (!Files.isDirectory(dir)) {
      throw GenException.at(SourceLocation.of(templates.toString()), "", "templates.not-found",
          templates + ": no such directory")
          .withHint("'gen templates dump TARGET DIR' writes the built-in templates into DIR to start from");
    }
    warnAboutStrayFiles(dir, diagnostics);
    return new TemplateEngine(TemplateLocator.withOverrides(dir, templates.toString()));
  }

  private void warnAboutStrayFiles(Path dir, Diagnostics diagnostics) {
    Set<String> builtIn = new HashSet<>(TemplateIndex.builtIn());
    List<String> files;
    try {
      files = TemplateIndex.scan(dir);
    } catch (IOException | RuntimeException e) {
      return; // an unreadable folder in the user's directory only means fewer warnings
    }
    files.stream()
        .filter(f -> !hidden(f)) // .gen/FILES of a dump, editors' and version control's files
        .limit(MAX_FILES_CHECKED)
        .filter(f -> !builtIn.contains(f))
        .forEach(f -> diagnostics.warn("templates.unused", "this file overrides no built-in template",
            SourceLocation.of(templates.resolve(f).toString()), ""));
  }

  private static boolean hidden(String relativePath) {
    for (String segment : relativePath.split("/")) {
      if (segment.startsWith(".") || segment.endsWith("~")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Path> sourceRoots(RunContext context) {
    return templates == null ? List.of() : List.of(context.resolve(templates));
  }
}
