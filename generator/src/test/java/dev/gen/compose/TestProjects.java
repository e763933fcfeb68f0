package dev.gen.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.yaml.YJson;
import dev.gen.yaml.YMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import tools.jackson.databind.JsonNode;

/** Writes small compose projects into a temporary directory and loads them, for the loader's unit tests. */
final class TestProjects {

  private TestProjects() {}

  /** Writes {@code files} (name to content) under {@code dir}, creating folders. */
  static Path write(Path dir, Map<String, String> files) {
    try {
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path p = dir.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ComposeProject load(Path dir, String... files) {
    return load(dir, List.of(), Map.of(), files);
  }

  static ComposeProject load(Path dir, List<String> profiles, Map<String, String> env, String... files) {
    return ComposeLoader.load(request(dir, profiles, env, files), new Diagnostics());
  }

  static ComposeRequest request(Path dir, List<String> profiles, Map<String, String> env, String... files) {
    return new ComposeRequest(List.of(files).stream().map(Path::of).toList(), dir, null, null, List.of(), profiles,
        env, true, true);
  }

  /** Loads {@code compose.yaml} written with {@code yaml} and returns the model as JSON (paths as {@code <DIR>}). */
  static JsonNode model(Path dir, String yaml) {
    write(dir, Map.of("compose.yaml", yaml));
    return json(load(dir, "compose.yaml").model(), dir);
  }

  static JsonNode json(YMap model, Path dir) {
    return YJson.MAPPER.readTree(YJson.write(model).replace(dir.toString(), "<DIR>"));
  }

  /** The error loading {@code compose.yaml} written with {@code yaml} gives. */
  static GenException error(Path dir, String yaml) {
    write(dir, Map.of("compose.yaml", yaml));
    return Assertions.assertThrows(GenException.class, () -> load(dir, "compose.yaml"));
  }

  static JsonNode service(JsonNode model, String name) {
    return model.get("services").get(name);
  }
}
