package dev.gen.target.bundle.verify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads what the bundle rules need from a charm's {@code charmcraft.yaml}, and the file names it packs to. */
public final class CharmcraftMetadata {

  private CharmcraftMetadata() {}

  /**
   * What {@link #read} and {@link #packedFileNames} give, from one parse of the text.
   *
   * @param metadata the charm's metadata, as {@link #read} gives it
   * @param packedFileNames the files it packs to, as {@link #packedFileNames} gives them
   */
  public record Parsed(Optional<CharmMetadata> metadata, List<String> packedFileNames) {}

  /** The metadata and the packed file names of a charm, parsing its {@code charmcraft.yaml} once. */
  public static Parsed parse(String charmcraftYaml) {
    Map<String, Object> root = load(charmcraftYaml);
    return new Parsed(read(root), packedFileNames(root));
  }

  /** The charm's metadata; empty when the text is not a charmcraft.yaml with a name. */
  public static Optional<CharmMetadata> read(String charmcraftYaml) {
    return read(load(charmcraftYaml));
  }

  private static Optional<CharmMetadata> read(Map<String, Object> root) {
    if (root == null || !(root.get("name") instanceof String name)) {
      return Optional.empty();
    }
    Map<String, String> options = new TreeMap<>();
    Object config = root.get("config");
    if (config instanceof Map<?, ?> c && c.get("options") instanceof Map<?, ?> opts) {
      opts.forEach((k, v) -> options.put(String.valueOf(k),
          v instanceof Map<?, ?> o && o.get("type") instanceof String t ? t : "string"));
    }
    TreeSet<String> extra = new TreeSet<>();
    if (root.get("extra-bindings") instanceof Map<?, ?> e) {
      e.keySet().forEach(k -> extra.add(String.valueOf(k)));
    }
    return Optional.of(new CharmMetadata(name, endpoints(root.get("provides")), endpoints(root.get("requires")),
        endpoints(root.get("peers")), options, Boolean.TRUE.equals(root.get("subordinate")), extra, true));
  }

  /**
   * The files {@code charmcraft pack} writes for the charm: {@code <name>_<platform>.charm} for each platform
   * (charmcraft's PackageService.get_charm_path; a shorthand platform such as {@code amd64} is its own name), in
   * the order of {@code platforms}.
   */
  public static List<String> packedFileNames(String charmcraftYaml) {
    return packedFileNames(load(charmcraftYaml));
  }

  private static List<String> packedFileNames(Map<String, Object> root) {
    if (root == null || !(root.get("name") instanceof String name)
        || !(root.get("platforms") instanceof Map<?, ?> platforms)) {
      return List.of();
    }
    return platforms.keySet().stream().map(p -> name + "_" + p + ".charm").toList();
  }

  private static Map<String, String> endpoints(Object section) {
    Map<String, String> endpoints = new TreeMap<>();
    if (section instanceof Map<?, ?> m) {
      m.forEach((k, v) -> endpoints.put(String.valueOf(k),
          v instanceof Map<?, ?> e && e.get("interface") instanceof String i ? i : String.valueOf(v)));
    }
    return endpoints;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> load(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    try {
      Object loaded = new Yaml(new SafeConstructor(options)).load(text);
      return loaded instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
