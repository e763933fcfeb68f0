package dev.gen.target.bundle;

import dev.gen.render.FileTree;
import dev.gen.target.bundle.verify.CharmMetadata;
import dev.gen.target.bundle.verify.CharmSource;
import dev.gen.target.bundle.verify.CharmcraftMetadata;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.charmhub.CharmhubCharm;
import dev.gen.target.charm.charmhub.CharmhubCharms;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The charms a generated bundle references, for the bundle rules: the generated ones from their
 * {@code charmcraft.yaml} in the output tree (a {@code .charm} path exists when it is the file {@code charmcraft
 * pack} writes for the charm in that folder), the Charmhub ones from gen's table (partly known).
 */
final class GeneratedCharms implements CharmSource {

  private final FileTree bundle;
  private final CharmFlavour flavour;
  /** Each charm folder's parsed charmcraft.yaml (null: none), parsed once however often the rules ask. */
  private final Map<String, CharmcraftMetadata.Parsed> parsed = new HashMap<>();

  /** @param bundle the bundle's output tree, with the charms below {@code charms/} */
  GeneratedCharms(FileTree bundle, CharmFlavour flavour) {
    this.bundle = bundle;
    this.flavour = flavour;
  }

  /** The files {@code charmcraft pack} writes for the charm in {@code folder}; empty when it has none. */
  List<String> packedFileNames(String folder) {
    CharmcraftMetadata.Parsed p = charmcraft(folder);
    return p == null ? List.of() : p.packedFileNames();
  }

  private CharmcraftMetadata.Parsed charmcraft(String folder) {
    String path = folder + "/charmcraft.yaml";
    if (parsed.containsKey(path)) {
      return parsed.get(path);
    }
    String text = bundle.text(path);
    CharmcraftMetadata.Parsed p = text == null ? null : CharmcraftMetadata.parse(text);
    parsed.put(path, p);
    return p;
  }

  @Override
  public Optional<CharmMetadata> local(String path) {
    String relative = path.startsWith("./") ? path.substring(2) : path;
    while (relative.endsWith("/")) {
      relative = relative.substring(0, relative.length() - 1);
    }
    if (relative.startsWith("/") || relative.isEmpty()) {
      return Optional.empty();
    }
    CharmcraftMetadata.Parsed charmcraft = charmcraft(relative);
    if (charmcraft != null) {
      return charmcraft.metadata();
    }
    int slash = relative.lastIndexOf('/');
    if (slash > 0 && relative.endsWith(".charm")) {
      CharmcraftMetadata.Parsed folder = charmcraft(relative.substring(0, slash));
      if (folder != null && folder.packedFileNames().contains(relative.substring(slash + 1))) {
        return folder.metadata();
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<CharmMetadata> charmhub(String name) {
    return CharmhubCharms.forCharm(name, flavour).map(GeneratedCharms::metadata);
  }

  private static CharmMetadata metadata(CharmhubCharm row) {
    Map<String, String> provides = new TreeMap<>();
    Map<String, String> requires = new TreeMap<>();
    for (CharmhubCharms.KnownEndpoint e : CharmhubCharms.endpoints(row)) {
      (e.provides() ? provides : requires).put(e.name(), e.interfaceName());
    }
    String name = row.choice(CharmFlavour.K8S).or(() -> row.choice(CharmFlavour.MACHINE)).orElseThrow().charm();
    return new CharmMetadata(name, provides, requires, Map.of(), Map.of(), false, java.util.Set.of(), false);
  }
}
