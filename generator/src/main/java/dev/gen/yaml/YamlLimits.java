package dev.gen.yaml;

/**
 * Hard limits that keep hostile YAML from exhausting time or memory. Each limit, when hit, gives a located error
 * rather than a slow death.
 *
 * @param maxBytes largest file accepted, in bytes (a compose file of 5000 services is well under 4 MiB)
 * @param maxDepth deepest nesting of mappings and sequences
 * @param maxAliasNodes how many nodes alias and merge-key expansion may produce in one file (billion-laughs guard)
 * @param maxKeyLength longest mapping key, in characters
 */
public record YamlLimits(long maxBytes, int maxDepth, long maxAliasNodes, int maxKeyLength) {

  /** 16 MiB, 200 levels, half a million nodes from aliases (a 5000-service file sharing a 50-node anchor needs 250 000), keys of 1024 characters. */
  public static final YamlLimits DEFAULT = new YamlLimits(16L * 1024 * 1024, 200, 500_000, 1024);

  public YamlLimits {
    if (maxBytes <= 0 || maxDepth <= 0 || maxAliasNodes <= 0 || maxKeyLength <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
