package dev.gen.render;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds template text: in the user's template directory first ({@code --templates DIR}), then among the built-in
 * templates (the repository's {@code templates/} folder, packaged on the class path under {@code templates/}).
 * Names are relative paths with {@code /} separators, such as {@code charm/k8s/charmcraft.yaml.mustache}.
 */
public final class TemplateLocator {

  private static final String CLASSPATH_ROOT = "templates/";

  private final Path userDirectory;
  private final String shownAs;

  private TemplateLocator(Path userDirectory, String shownAs) {
    this.userDirectory = userDirectory;
    this.shownAs = shownAs;
  }

  public static TemplateLocator builtIn() {
    return new TemplateLocator(null, null);
  }

  /** A locator that prefers templates in {@code directory}. */
  public static TemplateLocator withOverrides(Path directory) {
    Path abs = directory.toAbsolutePath().normalize();
    return new TemplateLocator(abs, abs.toString());
  }

  /**
   * A locator that prefers templates in {@code directory}, which messages name {@code shownAs} (as the user wrote it
   * on the command line).
   */
  public static TemplateLocator withOverrides(Path directory, String shownAs) {
    return new TemplateLocator(directory.toAbsolutePath().normalize(), shownAs);
  }

  /** Opens a template, or returns null when neither the user directory nor the built-ins have it. */
  public Reader open(String name) {
    String clean = normalize(name);
    if (clean == null) {
      return null;
    }
    if (userDirectory != null) {
      Path candidate = userDirectory.resolve(clean).normalize();
      if (candidate.startsWith(userDirectory) && Files.isRegularFile(candidate)) {
        return new StringReader(readUserTemplate(candidate, describe(clean)));
      }
    }
    return openBuiltIn(clean);
  }

  /** The text of a template in the user's directory: a user error, located at the file, when it cannot be read. */
  private static String readUserTemplate(Path file, String shown) {
    try {
      // strict: a malformed byte is the user's to fix, not a character to replace silently
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw GenException.at(SourceLocation.of(shown), "", "templates.encoding",
          "the template is not valid UTF-8; save it as UTF-8");
    } catch (IOException e) {
      throw GenException.at(SourceLocation.of(shown), "", "templates.unreadable",
          "cannot read the template: " + e.getMessage());
    }
  }

  /** Opens a built-in template, or returns null. */
  public Reader openBuiltIn(String name) {
    String clean = normalize(name);
    if (clean == null) {
      return null;
    }
    InputStream in = TemplateLocator.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + clean);
    return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /**
   * How messages name a template: the user's file when the user directory overrides it (so the user finds the file
   * to fix), else its name among the built-ins.
   */
  public String describe(String name) {
    String clean = normalize(name);
    if (clean != null && isOverridden(clean)) {
      return shownAs.endsWith("/") ? shownAs + clean : shownAs + "/" + clean;
    }
    return name;
  }

  /** The user's template directory, or null for the built-ins only. */
  public Path userDirectory() {
    return userDirectory;
  }

  /** True when the user directory overrides this template. */
  public boolean isOverridden(String name) {
    String clean = normalize(name);
    return userDirectory != null && clean != null && Files.isRegularFile(userDirectory.resolve(clean));
  }

  private static String normalize(String name) {
    String n = name.replace('\\', '/');
    while (n.startsWith("/")) {
      n = n.substring(1);
    }
    for (String segment : n.split("/")) {
      if (segment.equals("..")) {
        return null;
      }
    }
    return n;
  }
}
