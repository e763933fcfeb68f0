package dev.gen.compose;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.yaml.SourceText;
import dev.gen.yaml.YamlLimits;
import dev.gen.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the env files that feed interpolation ({@code .env}, {@code --env-file}, an include's {@code env_file}), as
 * compose-go's {@code GetEnvFromFile}: files are read in order, later ones override earlier ones, and a
 * {@code ${VAR}} in a value sees the files read so far before the process environment.
 */
final class EnvFiles {

  private EnvFiles() {}

  static Map<String, String> read(List<Path> files, Map<String, String> current, Diagnostics diagnostics,
      Function<Path, String> display) {
    Map<String, String> env = new LinkedHashMap<>();
    for (Path file : files) {
      String name = display.apply(file);
      if (!Files.exists(file)) {
        throw GenException.at(SourceLocation.of(name), "", "compose.env-file", "Couldn't find env file: " + name);
      }
      if (Files.isDirectory(file)) {
        throw GenException.at(SourceLocation.of(name), "", "compose.env-file", name + " is a directory");
      }
      String text = text(file, name);
      Map<String, String> parsed;
      try {
        parsed = Dotenv.parse(text, name, k -> env.containsKey(k) ? env.get(k) : current.get(k),
            unset -> diagnostics.add(Diagnostic.warning("compose.variable-unset", "The " + GoValues.quote(unset)
                + " variable is not set. Defaulting to a blank string.", SourceLocation.of(name), "")));
      } catch (GenException e) {
        Diagnostic d = e.first();
        throw GenException.at(d.location(), "", d.code(), "failed to read " + name + ": " + d.message());
      }
      env.putAll(parsed);
    }
    return env;
  }

  /** The text of an env file, decoded strictly (size limit, UTF-8, no control characters). */
  static String text(Path file, String name) {
    byte[] bytes = YamlReader.readBytes(file, name, YamlLimits.DEFAULT.maxBytes());
    return SourceText.decode(bytes, name, "an env file");
  }
}
