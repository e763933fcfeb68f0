package dev.gen.testing;

import dev.gen.diag.Diagnostics;
import dev.gen.input.InputLoader;
import dev.gen.input.InputRequest;
import dev.gen.model.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Compose projects that carry {@link HostileStrings} in environment values, labels and the command of one service
 * {@code app}, for the injection property tests: every generated file must carry each string unchanged, and the
 * container runtime must receive it byte for byte. The compose file writes each string as a YAML double-quoted
 * scalar with every {@code $} doubled, so the value compose hands on is exactly the string.
 */
public final class InjectionProjects {

  /** The seeds the property tests run: each is one project. Fixed, so a failure reproduces. */
  public static final List<Long> SEEDS = List.of(7L, 1931L, 20260101L, 424242L, 99991L, 31337L);

  /** The image every project runs. */
  public static final String IMAGE = "example/app:1.0";

  /**
   * One project's hostile strings.
   *
   * @param environment variable name ({@code ENV_00}...) to value
   * @param labels label key ({@code label.00}...) to value
   * @param command the exec-form command words
   */
  public record Case(long seed, Map<String, String> environment, Map<String, String> labels, List<String> command) {
    @Override
    public String toString() {
      return "seed " + seed;
    }

    /** Every string the case carries. */
    public List<String> strings() {
      return Stream.of(environment.values().stream(), labels.values().stream(), command.stream())
          .flatMap(s -> s).toList();
    }

    /** The compose file. */
    public String composeYaml() {
      StringBuilder sb = new StringBuilder("name: injection\nservices:\n  app:\n    image: ").append(IMAGE)
          .append("\n    environment:\n");
      environment.forEach((k, v) -> sb.append("      ").append(k).append(": ").append(quoted(v)).append('\n'));
      sb.append("    labels:\n");
      labels.forEach((k, v) -> sb.append("      ").append(k).append(": ").append(quoted(v)).append('\n'));
      sb.append("    command:\n");
      command.forEach(w -> sb.append("      - ").append(quoted(w)).append('\n'));
      return sb.toString();
    }

    /** Writes the compose file into {@code dir} and loads it as every command does. */
    public Project load(Path dir) {
      try {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("compose.yaml"), composeYaml(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new InputLoader().load(InputRequest.of(List.of(Path.of("compose.yaml")), dir, Map.of()),
          new Diagnostics());
    }
  }

  private InjectionProjects() {}

  /** The case of a seed: 10 environment values, 4 labels and 5 command words. */
  public static Case of(long seed) {
    List<String> strings = HostileStrings.generate(seed, 19);
    Map<String, String> env = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      env.put(String.format(Locale.ROOT, "ENV_%02d", i), strings.get(i));
    }
    for (int i = 0; i < 4; i++) {
      labels.put(String.format(Locale.ROOT, "label.%02d", i), strings.get(10 + i));
    }
    return new Case(seed, env, labels, strings.subList(14, 19));
  }

  /** Every case, for {@code @MethodSource}. */
  public static Stream<Arguments> cases() {
    return SEEDS.stream().map(s -> Arguments.of(of(s)));
  }

  /** A YAML double-quoted scalar whose value, after compose's interpolation, is {@code s}. */
  static String quoted(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.replace("$", "$$").codePoints().forEach(cp -> {
      switch (cp) {
        case '\\' -> sb.append("\\\\");
        case '"' -> sb.append("\\\"");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0x2028 || cp == 0x2029
              || cp == 0xfeff) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", cp));
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
    });
    return sb.append('"').toString();
  }
}
