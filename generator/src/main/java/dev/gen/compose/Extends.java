package dev.gen.compose;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code extends} in one document (compose-go's {@code ApplyExtends}): a service is merged over a copy of
 * the service it extends, from the same document or from another file ({@code file:} relative to the working
 * directory; that file is read and interpolated with the same environment, and its relative paths are made absolute
 * against its own directory). Chains are followed; a cycle is an error naming each step. The {@code !reset} paths
 * of the extending document apply to the base before the merge.
 */
final class Extends {

  private final ModelLoader loader;
  private final LoadContext ctx;
  private final Path file;
  /** Other files already read for this document (a base file shared by many services is read once). */
  private final Map<Path, ModelLoader.FileResult> otherFiles = new HashMap<>();

  Extends(ModelLoader loader, LoadContext ctx, Path file) {
    this.loader = loader;
    this.ctx = ctx;
    this.file = file;
  }

  void apply(YMap document, Resets resets) {
    YNode s = document.get("services");
    if (s == null) {
      return;
    }
    if (!(s instanceof YMap services)) {
      if (Nodes.isNull(s)) {
        return;
      }
      throw GenException.at(s.location(), "services", "compose.invalid-type", "services: must be a mapping");
    }
    List<Resets> post = new ArrayList<>(List.of(resets));
    for (String name : Nodes.keys(services)) {
      YNode merged = extend(name, services, file, post, new Chain(List.of()));
      if (merged != null) {
        services.put(name, merged);
      }
    }
  }

  /** The services seen on the way, to detect cycles (compose-go's cycleTracker). */
  private record Chain(List<String[]> steps) {
    Chain add(Path from, String service, String fileName, SourceLocation at) {
      for (String[] step : steps) {
        if (step[0].equals(from.toString()) && step[1].equals(service)) {
          StringBuilder sb = new StringBuilder("Circular reference:\n  ");
          sb.append(steps.get(0)[1]).append(" in ").append(steps.get(0)[2]);
          for (int i = 1; i < steps.size(); i++) {
            sb.append("\n  extends ").append(steps.get(i)[1]).append(" in ").append(steps.get(i)[2]);
          }
          sb.append("\n  extends ").append(service).append(" in ").append(fileName);
          throw GenException.at(at, "services." + service + ".extends", "compose.extends-cycle", sb.toString());
        }
      }
      List<String[]> next = new ArrayList<>(steps);
      next.add(new String[] {from.toString(), service, fileName});
      return new Chain(next);
    }
  }

  private YNode extend(String name, YMap services, Path inFile, List<Resets> post, Chain chain) {
    YNode s = services.get(name);
    if (s == null || Nodes.isNull(s)) {
      return s;
    }
    KeyPath path = KeyPath.ROOT.key("services").key(name);
    if (!(s instanceof YMap service)) {
      throw Nodes.error(s, path, "compose.invalid-type", "services." + name + ": must be a mapping");
    }
    YNode ext = service.get("extends");
    if (ext == null) {
      return s;
    }
    String ref;
    String refFile = null;
    if (ext instanceof YMap m) {
      ref = Nodes.string(m.get("service"));
      if (ref == null) {
        throw Nodes.error(ext, path.key("extends"), "compose.extends", "extends." + name + ".service is required");
      }
      YNode f = m.get("file");
      if (f != null && !Nodes.isNull(f)) {
        refFile = GoValues.sprint(f);
      }
    } else if (Nodes.isString(ext)) {
      ref = Nodes.string(ext);
    } else {
      throw Nodes.error(ext, path.key("extends"), "compose.invalid-type",
          "services." + name + ".extends: invalid type " + Nodes.goType(ext) + " for extends");
    }
    YMap baseServices = services;
    Path baseFile = inFile;
    List<Resets> chainPost = post;
    if (refFile != null) {
      baseFile = ctx.workingDir().resolve(RelativePaths.expandUser(refFile, ctx.home())).normalize();
      ModelLoader.FileResult other = readOther(baseFile, name, ref, inFile, refFile, ext);
      baseServices = (YMap) other.model().get("services");
      chainPost = new ArrayList<>(post);
      chainPost.add(other.resets());
    } else if (!services.has(ref)) {
      throw Nodes.error(ext, path.key("extends"), "compose.extends", "cannot extend service " + GoValues.quote(name)
          + " in " + ctx.display().apply(inFile) + ": service " + GoValues.quote(ref) + " not found");
    }
    Chain next = chain.add(baseFile, name, ctx.display().apply(baseFile), ext.location());
    YNode base = extend(ref, baseServices, baseFile, chainPost, next);
    if (base == null || Nodes.isNull(base)) {
      return service;
    }
    YMap source = (YMap) base.copy();
    for (Resets r : chainPost) {
      YMap wrapper = new YMap(source.location());
      wrapper.put("services", new YMap(source.location()).put(name, source));
      r.apply(wrapper);
      YNode kept = ((YMap) wrapper.get("services")).get(name);
      source = kept instanceof YMap k ? k : new YMap(source.location());
    }
    YMap merged = Merger.extendService(source, service);
    merged.remove("extends");
    services.put(name, merged);
    return merged;
  }

  private ModelLoader.FileResult readOther(Path other, String name, String ref, Path inFile, String refFile,
      YNode at) {
    ModelLoader.FileResult cached = otherFiles.get(other);
    if (cached == null) {
      LoadContext extCtx = ctx.with(other.getParent(), ctx.environment(), ctx.options().forExtendedFile());
      cached = loader.loadFile(other, extCtx, new YMap(SourceLocation.of(ctx.display().apply(other))), List.of());
      YNode services = cached.model().get("services");
      if (services == null) {
        throw Nodes.error(at, KeyPath.ROOT, "compose.extends", "cannot extend service " + GoValues.quote(name)
            + " in " + ctx.display().apply(other) + ": no services section");
      }
      if (!(services instanceof YMap)) {
        throw Nodes.error(at, KeyPath.ROOT, "compose.extends", "cannot extend service " + GoValues.quote(name)
            + " in " + ctx.display().apply(other) + ": services must be a mapping");
      }
      RelativePaths.apply(cached.model(), other.getParent().toString(), ctx.home());
      otherFiles.put(other, cached);
    }
    YMap services = (YMap) cached.model().get("services");
    if (!services.has(ref)) {
      throw Nodes.error(at, KeyPath.ROOT.key("services").key(name).key("extends"), "compose.extends",
          "cannot extend service " + GoValues.quote(name) + " in " + ctx.display().apply(inFile) + ": service "
              + GoValues.quote(ref) + " not found in " + refFile);
    }
    return cached;
  }
}
