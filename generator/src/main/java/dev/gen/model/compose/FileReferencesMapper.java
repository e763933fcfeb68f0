package dev.gen.model.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.model.ResourceRef;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's {@code secrets} and {@code configs} → {@link ResourceRef}s, in source order. The loader fills a
 * secret's target ({@code /run/secrets/<name>}) and leaves a config's empty (null here).
 */
final class FileReferencesMapper {

  private FileReferencesMapper() {}

  static List<ResourceRef> map(YNode node, String path, Diagnostics diagnostics) {
    YSeq seq = Values.seq(node, path);
    List<ResourceRef> refs = new ArrayList<>();
    if (seq == null) {
      return refs;
    }
    for (int i = 0; i < seq.size(); i++) {
      String itemPath = path + "[" + i + "]";
      YNode item = seq.get(i);
      if (item instanceof YScalar && !item.isNull()) {
        refs.add(new ResourceRef(Values.string(item, itemPath), null, null, null, null, item.location()));
        continue;
      }
      YMap map = Values.map(item, itemPath);
      if (map == null) {
        throw Values.invalid(item, itemPath, "a name or a mapping with a source");
      }
      Keys keys = new Keys(map, Scope.FILE_REFERENCE, itemPath, diagnostics);
      String source = Values.string(keys.take("source"), keys.path("source"));
      if (source == null || source.isEmpty()) {
        throw Values.invalid(map, itemPath, "a mapping with a source");
      }
      String target = Values.string(keys.take("target"), keys.path("target"));
      refs.add(new ResourceRef(
          source,
          target == null || target.isEmpty() ? null : target,
          Values.string(keys.take("uid"), keys.path("uid")),
          Values.string(keys.take("gid"), keys.path("gid")),
          Values.smallInteger(keys.take("mode"), keys.path("mode")),
          map.location()));
      keys.finish();
    }
    return refs;
  }
}
