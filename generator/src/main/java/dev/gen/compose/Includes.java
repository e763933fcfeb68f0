package dev.gen.compose;

import dev.gen.diag.GenException;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YSeq;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code include} (compose-go's {@code ApplyInclude}): each entry is loaded as a project of its own (its
 * own directory, its own {@code .env} for defaults while the including project's variables win) and its services,
 * networks, volumes, secrets and configs are copied in; a resource defined differently on both sides is an error
 * (compose-go 2.4's {@code importResources}). Including a file that is already being loaded is a cycle, reported with the chain.
 */
final class Includes {

  private static final List<String> RESOURCES = List.of("services", "volumes", "networks", "secrets", "configs");

  private final ModelLoader loader;
  private final LoadContext ctx;

  Includes(ModelLoader loader, LoadContext ctx) {
    this.loader = loader;
    this.ctx = ctx;
  }

  /** @param included the files being loaded, outermost first, ending with the one that holds {@code model} */
  void apply(YMap model, List<Path> included) {
    YNode include = model.get("include");
    if (include == null) {
      return;
    }
    KeyPath base = KeyPath.ROOT.key("include");
    if (include instanceof YSeq entries) {
      for (int i = 0; i < entries.size(); i++) {
        includeOne(model, entries.get(i), base.index(i), included);
      }
    } else if (!Nodes.isNull(include)) {
      throw Nodes.error(include, base, "compose.invalid-type", "include must be a list");
    }
    model.remove("include");
  }

  private void includeOne(YMap model, YNode entry, KeyPath path, List<Path> included) {
    List<String> paths = new ArrayList<>();
    String projectDirectory = null;
    List<String> envFiles = new ArrayList<>();
    if (Nodes.isString(entry)) {
      paths.add(Nodes.string(entry));
    } else if (entry instanceof YMap m) {
      strings(m.get("path"), paths);
      YNode pd = m.get("project_directory");
      if (pd != null && !Nodes.isNull(pd)) {
        projectDirectory = GoValues.sprint(pd);
      }
      strings(m.get("env_file"), envFiles);
    } else {
      throw Nodes.error(entry, path, "compose.invalid-type", "include entries must be a path or a mapping");
    }
    if (paths.isEmpty()) {
      throw Nodes.error(entry, path, "compose.include", "include entry needs a path");
    }
    List<Path> files = new ArrayList<>();
    Path projectDir = null;
    for (int i = 0; i < paths.size(); i++) {
      String p = paths.get(i);
      if (p.contains("://") || p.startsWith("oci:") || p.startsWith("git@")) {
        throw Nodes.error(entry, path, "compose.include-remote", "remote include " + p
            + " is not supported: gen loads only local files");
      }
      Path file = ctx.workingDir().resolve(RelativePaths.expandUser(p, ctx.home())).normalize();
      if (i == 0) {
        if (projectDirectory == null) {
          projectDir = file.getParent();
        } else {
          projectDir = ctx.workingDir().resolve(projectDirectory).normalize();
        }
        if (included.contains(file)) {
          StringBuilder sb = new StringBuilder("include cycle detected:\n")
              .append(ctx.display().apply(included.get(0)));
          for (int k = 1; k < included.size(); k++) {
            sb.append("\n include ").append(ctx.display().apply(included.get(k)));
          }
          sb.append("\n include ").append(ctx.display().apply(file));
          throw Nodes.error(entry, path, "compose.include-cycle", sb.toString());
        }
      }
      files.add(file);
    }
    List<Path> env = new ArrayList<>();
    if (envFiles.isEmpty()) {
      Path dotenv = projectDir.resolve(".env");
      if (Files.isRegularFile(dotenv)) {
        env.add(dotenv);
      }
    } else {
      for (String f : envFiles) {
        Path p = ctx.workingDir().resolve(f).normalize();
        if (!Files.exists(p)) {
          throw Nodes.error(entry, path, "compose.env-file", "stat " + ctx.display().apply(p)
              + ": no such file or directory");
        }
        if (Files.isDirectory(p)) {
          throw Nodes.error(entry, path, "compose.env-file", ctx.display().apply(p) + " is not a file");
        }
        env.add(p);
      }
    }
    Map<String, String> fromFiles = EnvFiles.read(env, ctx.environment(), ctx.diagnostics(), ctx.display());
    Map<String, String> environment = new LinkedHashMap<>(fromFiles);
    environment.putAll(ctx.environment()); // the including project's variables win
    LoadContext inner = ctx.with(projectDir, environment, ctx.options().forIncludedProject());
    YMap imported = loader.loadModel(files, inner, included);
    importResources(imported, model);
  }

  private static void strings(YNode n, List<String> out) {
    if (n instanceof YSeq s) {
      for (YNode item : s.items()) {
        out.add(GoValues.sprint(item));
      }
    } else if (n != null && !Nodes.isNull(n)) {
      out.add(GoValues.sprint(n));
    }
  }

  /** Copies the included resources in; a name defined differently on both sides is a conflict. */
  private static void importResources(YMap source, YMap target) {
    for (String key : RESOURCES) {
      YNode from = source.get(key);
      if (!(from instanceof YMap fromMap)) {
        continue;
      }
      YMap to = target.get(key) instanceof YMap m ? m : new YMap(fromMap.location());
      for (String name : fromMap.keys()) {
        YNode imported = fromMap.get(name);
        YNode local = to.get(name);
        if (local == null) {
          to.put(name, fromMap.keyLocation(name), imported);
        } else if (!local.equals(imported)) {
          throw GenException.at(to.keyLocation(name), key + "." + name, "compose.include-conflict",
              key + "." + name + " conflicts with imported resource");
        }
      }
      target.put(key, to);
    }
  }
}
