package dev.gen.compose;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads compose files into one merged, canonical document: compose-go's {@code loadYamlModel} and
 * {@code loadYamlFile}. Each document of each file is interpolated, has its {@code extends} resolved, resets the
 * attributes it tags {@code !reset}/{@code !override}, imports its {@code include}s, and is merged into what came
 * before; the result is validated against the schema and canonicalized after every document. Once all files are
 * in: defaults, absolute paths, and key-only environment entries resolved from the environment.
 */
final class ModelLoader {

  private final YamlReader reader;
  /** Documents already read (the root files, read early for their {@code name:}); each is used once. */
  private final Map<Path, List<YNode>> preparsed;

  ModelLoader(YamlReader reader, Map<Path, List<YNode>> preparsed) {
    this.reader = reader;
    this.preparsed = new HashMap<>(preparsed);
  }

  /** The merged model of {@code files} (compose-go's loadYamlModel). */
  YMap loadModel(List<Path> files, LoadContext ctx, List<Path> included) {
    YMap dict = new YMap(SourceLocation.of(ctx.display().apply(files.get(0))));
    for (Path file : files) {
      dict = loadFile(file, ctx, dict, included).model();
    }
    if (ctx.options().defaults()) {
      Defaults.apply(dict);
    }
    if (ctx.options().validate()) {
      ResourceChecks.check(dict);
    }
    if (ctx.options().resolvePaths()) {
      RelativePaths.apply(dict, ctx.workingDir().toString(), ctx.home());
    }
    KeyOnlyEntries.resolve(dict, ctx.environment(), false);
    return dict;
  }

  /** The result of loading one file: the merged model and the last document's resets. */
  record FileResult(YMap model, Resets resets) {}

  /** Loads one file's documents into {@code dict} (compose-go's loadYamlFile). */
  FileResult loadFile(Path file, LoadContext ctx, YMap dict, List<Path> included) {
    String name = ctx.display().apply(file);
    List<YNode> documents = preparsed.remove(file);
    if (documents == null) {
      documents = reader.readFile(file, name);
    }
    Resets last = Resets.none();
    for (YNode doc : documents) {
      if (!(doc instanceof YMap cfg)) {
        throw GenException.at(doc.location(), "", "compose.not-a-mapping", "Top-level object must be a mapping");
      }
      Resets resets = Resets.collect(cfg);
      last = resets;
      dict = process(cfg, resets, file, name, ctx, dict, included);
    }
    return new FileResult(dict, last);
  }

  private YMap process(YMap cfg, Resets resets, Path file, String name, LoadContext ctx, YMap dict,
      List<Path> included) {
    LoadContext.Options opts = ctx.options();
    if (opts.interpolate()) {
      new Interpolator(ctx.lookup(), ctx.diagnostics()).apply(cfg);
    }
    if (opts.extend()) {
      new Extends(this, ctx, file).apply(cfg, resets);
    }
    resets.apply(dict);
    if (opts.include()) {
      List<Path> chain = new ArrayList<>(included);
      chain.add(file);
      new Includes(this, ctx).apply(cfg, chain);
    }
    dict = Merger.merge(dict, cfg);
    Unicity.apply(dict);
    if (opts.validate()) {
      ComposeSchema.validate(dict, name);
      if (dict.has("version")) {
        ctx.diagnostics().warn("compose.version-obsolete", name
                + ": the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential"
                + " confusion", dict.keyLocation("version"), "version");
        dict.remove("version");
      }
    }
    dict = new Canonicalizer(!opts.interpolate(), ctx.diagnostics()).apply(dict);
    OmitEmpty.apply(dict);
    return Unicity.apply(dict);
  }
}
