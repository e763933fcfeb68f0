package dev.gen.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The list of the built-in templates: every file below the repository's {@code templates/} folder, by relative path,
 * sorted. A class path cannot be listed (a jar can, a class loader cannot), so the build writes the list beside this
 * class ({@link #main}, run by Maven after compiling), and {@code gen templates list} and {@code dump} read it from
 * there. A test checks that it matches the folder.
 */
public final class TemplateIndex {

  /** The class path resource the build writes. */
  public static final String RESOURCE = "dev/gen/render/template-index.txt";

  private TemplateIndex() {}

  /** The built-in templates, as packaged: relative paths such as {@code charm/k8s/README.md.mustache}. */
  public static List<String> builtIn() {
    try (InputStream in = TemplateIndex.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: this build of gen did not index its templates");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every regular file below {@code directory}, by relative path with {@code /}, sorted; symbolic links not followed. */
  public static List<String> scan(Path directory) throws IOException {
    Path root = directory.toAbsolutePath().normalize();
    try (Stream<Path> s = Files.walk(root, 32)) {
      return s.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /** The text of the index: one path a line. */
  public static String render(List<String> paths) {
    StringBuilder sb = new StringBuilder();
    paths.forEach(p -> sb.append(p).append('\n'));
    return sb.toString();
  }

  static List<String> parse(String text) {
    return Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).toList();
  }

  /**
   * Writes the index of a templates folder: {@code TemplateIndex TEMPLATES_DIR OUTPUT_FILE}. Run by the build.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: TemplateIndex TEMPLATES_DIR OUTPUT_FILE");
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, render(scan(Path.of(args[0]))), StandardCharsets.UTF_8);
  }
}
