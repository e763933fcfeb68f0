package dev.gen.compose;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Merges each service's {@code env_file}s under its {@code environment}, and its {@code label_file}s under its
 * {@code labels}, then drops the file keys (compose-go's {@code WithServicesEnvironmentResolved} and
 * {@code WithServicesLabelsResolved}). Later files override earlier ones; the service's own entries override all
 * files, including key-only entries that stay unset. A variable in an env file sees the files read before it, then
 * the project environment. A missing file is an error unless {@code required: false}. {@code format: raw} reads
 * values literally.
 */
final class ServiceEnvironment {

  private final Map<String, String> environment;
  private final Diagnostics diagnostics;
  private final Function<Path, String> display;

  ServiceEnvironment(Map<String, String> environment, Diagnostics diagnostics, Function<Path, String> display) {
    this.environment = environment;
    this.diagnostics = diagnostics;
    this.display = display;
  }

  void resolve(YMap project) {
    if (!(project.get("services") instanceof YMap services)) {
      return;
    }
    for (String name : services.keys()) {
      if (services.get(name) instanceof YMap s) {
        KeyPath path = KeyPath.ROOT.key("services").key(name);
        envFiles(s, path);
        labelFiles(s, path);
      }
    }
  }

  private void envFiles(YMap s, KeyPath path) {
    YNode files = s.get("env_file");
    s.remove("env_file");
    if (!(files instanceof YSeq list) || list.size() == 0) {
      return;
    }
    Map<String, String> fromFiles = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof YMap entry)) {
        continue;
      }
      String file = Nodes.string(entry.get("path"));
      if (file == null) {
        continue;
      }
      boolean required = !(entry.get("required") instanceof YScalar r && Boolean.FALSE.equals(r.value()));
      String format = Nodes.string(entry.get("format"));
      Map<String, String> vars = read(Path.of(file), required, format, entry, path.key("env_file").index(i),
          k -> fromFiles.containsKey(k) ? fromFiles.get(k) : environment.get(k));
      fromFiles.putAll(vars);
    }
    YMap merged = new YMap(s.get("environment") instanceof YMap e ? e.location() : s.location());
    for (Map.Entry<String, String> e : fromFiles.entrySet()) {
      merged.put(e.getKey(), Nodes.str(e.getValue(), list.location()));
    }
    if (s.get("environment") instanceof YMap own) {
      for (String k : own.keys()) {
        merged.put(k, own.keyLocation(k), own.get(k));
      }
    }
    if (!merged.isEmpty()) {
      s.put("environment", merged);
    }
  }

  private void labelFiles(YMap s, KeyPath path) {
    YNode files = s.get("label_file");
    s.remove("label_file");
    if (!(files instanceof YSeq list) || list.size() == 0) {
      return;
    }
    Map<String, String> fromFiles = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String file = Nodes.string(list.get(i));
      if (file != null) {
        fromFiles.putAll(read(Path.of(file), true, null, list.get(i), path.key("label_file").index(i),
            k -> fromFiles.containsKey(k) ? fromFiles.get(k) : environment.get(k)));
      }
    }
    YMap merged = new YMap(list.location());
    for (Map.Entry<String, String> e : fromFiles.entrySet()) {
      merged.put(e.getKey(), Nodes.str(e.getValue(), list.location()));
    }
    if (s.get("labels") instanceof YMap own) {
      for (String k : own.keys()) {
        merged.put(k, own.keyLocation(k), own.get(k));
      }
    }
    if (!merged.isEmpty()) {
      s.put("labels", merged);
    }
  }

  private Map<String, String> read(Path file, boolean required, String format, YNode at, KeyPath path,
      Template.Lookup lookup) {
    String name = display.apply(file);
    if (!Files.exists(file)) {
      if (required) {
        throw GenException.at(at.location(), path.toString(), "compose.env-file", "env file " + name
            + " not found: stat " + name + ": no such file or directory");
      }
      return Map.of();
    }
    if (Files.isDirectory(file)) {
      throw GenException.at(at.location(), path.toString(), "compose.env-file", name + " is a directory, not a file");
    }
    if (!Files.isRegularFile(file)) {
      // a FIFO would block in open() until something writes to it, and a device can be endless
      throw GenException.at(at.location(), path.toString(), "file.not-regular", name
          + " is not a regular file (a FIFO, a socket or a device); gen reads only regular files");
    }
    String text = EnvFiles.text(file, name);
    if (format == null || format.isEmpty()) {
      return Dotenv.parse(text, name, lookup, unset -> diagnostics.add(Diagnostic.warning("compose.variable-unset",
          "The " + GoValues.quote(unset) + " variable is not set. Defaulting to a blank string.",
          SourceLocation.of(name), "")));
    }
    if (format.equals("raw")) {
      return Dotenv.parseRaw(text, name);
    }
    throw GenException.at(at.location(), path.toString(), "compose.env-file", "unsupported env_file format "
        + GoValues.quote(format) + " for " + name + " (gen reads the default format and \"raw\")");
  }
}
