package dev.gen.model.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Mount;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * {@code volumes} (long syntax) and {@code tmpfs} entries → {@link Mount}s: the {@code volumes} entries in source
 * order, then the {@code tmpfs} ones. Bind sources become project-relative paths.
 */
final class MountsMapper {

  private final ProjectPaths paths;
  private final Diagnostics diagnostics;

  MountsMapper(ProjectPaths paths, Diagnostics diagnostics) {
    this.paths = paths;
    this.diagnostics = diagnostics;
  }

  List<Mount> map(YNode volumes, String volumesPath, YNode tmpfs, String tmpfsPath) {
    List<Mount> mounts = new ArrayList<>();
    YSeq seq = Values.seq(volumes, volumesPath);
    if (seq != null) {
      for (int i = 0; i < seq.size(); i++) {
        mounts.add(volume(seq.get(i), volumesPath + "[" + i + "]"));
      }
    }
    mounts.addAll(tmpfs(tmpfs, tmpfsPath));
    return mounts;
  }

  private Mount volume(YNode node, String path) {
    YMap item = Values.map(node, path);
    if (item == null) {
      throw Values.invalid(node, path, "a mapping (the long syntax the loader writes)");
    }
    Keys keys = new Keys(item, Scope.MOUNT, path, diagnostics);
    YNode typeNode = keys.take("type");
    Mount.Type type = type(typeNode == null ? item : typeNode, keys.path("type"));
    String source = Values.string(keys.take("source"), keys.path("source"));
    if (source != null && source.isEmpty()) {
      source = null;
    }
    if (source != null && type == Mount.Type.BIND) {
      source = paths.relative(source, item.get("source"), keys.path("source"));
    }
    String target = Values.string(keys.take("target"), keys.path("target"));
    Boolean readOnly = Values.bool(keys.take("read_only"), keys.path("read_only"));
    Long size = null;
    YMap tmpfsOptions = Values.map(keys.take("tmpfs"), keys.path("tmpfs"));
    if (tmpfsOptions != null) {
      Keys tmpfsKeys = new Keys(tmpfsOptions, Scope.MOUNT_TMPFS, keys.path("tmpfs"), diagnostics);
      size = Values.bytes(tmpfsKeys.take("size"), tmpfsKeys.path("size"));
      tmpfsKeys.finish();
    }
    finishNested(keys, "bind", Scope.MOUNT_BIND);
    finishNested(keys, "volume", Scope.MOUNT_VOLUME);
    finishNested(keys, "image", Scope.MOUNT_IMAGE);
    keys.finish();
    return new Mount(type, source, target, Boolean.TRUE.equals(readOnly), size, item.location());
  }

  /** A nested options mapping none of whose keys the model carries: each key is reported on its own. */
  private void finishNested(Keys keys, String key, Scope scope) {
    YMap nested = Values.map(keys.take(key), keys.path(key));
    if (nested != null) {
      new Keys(nested, scope, keys.path(key), diagnostics).finish();
    }
  }

  private static Mount.Type type(YNode node, String path) {
    String text = Values.string(node, path);
    if (text != null) {
      for (Mount.Type t : Mount.Type.values()) {
        if (t.name().toLowerCase(Locale.ROOT).equals(text)) {
          return t;
        }
      }
    }
    throw Values.invalid(node, path, "one of bind, volume, tmpfs, image, npipe, cluster");
  }

  /** {@code tmpfs: ["/run:size=64m,mode=1777", "/tmp"]}: a path, then options; size and ro are carried. */
  private List<Mount> tmpfs(YNode node, String path) {
    List<Mount> mounts = new ArrayList<>();
    List<YNode> items = new ArrayList<>();
    if (node instanceof YScalar && !node.isNull()) {
      items.add(node);
    } else {
      YSeq seq = Values.seq(node, path);
      if (seq != null) {
        items.addAll(seq.items());
      }
    }
    for (int i = 0; i < items.size(); i++) {
      YNode item = items.get(i);
      String itemPath = node instanceof YSeq ? path + "[" + i + "]" : path;
      String text = Values.string(item, itemPath);
      int colon = text.indexOf(':');
      String target = colon < 0 ? text : text.substring(0, colon);
      boolean readOnly = false;
      Long size = null;
      if (colon >= 0) {
        for (String option : text.substring(colon + 1).split(",", -1)) {
          if (option.equals("ro") || option.equals("rw")) {
            readOnly = option.equals("ro");
          } else if (option.startsWith("size=")) {
            OptionalLong bytes = ByteSizes.parse(option.substring("size=".length()));
            if (bytes.isEmpty()) {
              throw Values.invalid(item, itemPath, "a tmpfs mount with a size such as size=64m");
            }
            size = bytes.getAsLong();
          } else if (!option.isEmpty()) {
            diagnostics.warn(Keys.UNMAPPED, "tmpfs option " + option + " is not carried over", item.location(),
                itemPath);
          }
        }
      }
      mounts.add(new Mount(Mount.Type.TMPFS, null, target, readOnly, size, item.location()));
    }
    return mounts;
  }
}
