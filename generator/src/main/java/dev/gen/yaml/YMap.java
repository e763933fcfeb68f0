package dev.gen.yaml;

import dev.gen.diag.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A mapping with string keys, in source order, remembering where each key was written (errors about a key point at
 * the key, errors about a value at the value).
 */
public final class YMap implements YNode {

  private final LinkedHashMap<String, YNode> values = new LinkedHashMap<>();
  private final LinkedHashMap<String, SourceLocation> keyLocations = new LinkedHashMap<>();
  private final SourceLocation location;
  private final String tag;

  public YMap(SourceLocation location) {
    this(location, "");
  }

  public YMap(SourceLocation location, String tag) {
    this.location = Objects.requireNonNull(location, "location");
    this.tag = tag == null ? "" : tag;
  }

  @Override
  public SourceLocation location() {
    return location;
  }

  @Override
  public String tag() {
    return tag;
  }

  /** Puts a value, keeping the position of an existing key. */
  public YMap put(String key, SourceLocation keyLocation, YNode value) {
    values.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    keyLocations.put(key, keyLocation == null ? value.location() : keyLocation);
    return this;
  }

  /** Puts a value whose key location is the value's own location. */
  public YMap put(String key, YNode value) {
    return put(key, keyLocations.getOrDefault(key, value.location()), value);
  }

  public YNode remove(String key) {
    keyLocations.remove(key);
    return values.remove(key);
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  public YNode get(String key) {
    return values.get(key);
  }

  public Optional<YNode> find(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The value if it is a mapping, else null. */
  public YMap getMap(String key) {
    return values.get(key) instanceof YMap m ? m : null;
  }

  /** The value if it is a sequence, else null. */
  public YSeq getSeq(String key) {
    return values.get(key) instanceof YSeq s ? s : null;
  }

  /** The value if it is a scalar, else null. */
  public YScalar getScalar(String key) {
    return values.get(key) instanceof YScalar s ? s : null;
  }

  /** The scalar value as a string, or null when absent, null or not a scalar. */
  public String getString(String key) {
    YScalar s = getScalar(key);
    return s == null ? null : s.asString();
  }

  public SourceLocation keyLocation(String key) {
    return keyLocations.getOrDefault(key, location);
  }

  public Set<String> keys() {
    return Collections.unmodifiableSet(values.keySet());
  }

  public Set<Map.Entry<String, YNode>> entries() {
    return Collections.unmodifiableMap(values).entrySet();
  }

  public int size() {
    return values.size();
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  public YMap withTag(String newTag) {
    YMap m = new YMap(location, newTag);
    for (Map.Entry<String, YNode> e : values.entrySet()) {
      m.put(e.getKey(), keyLocations.get(e.getKey()), e.getValue());
    }
    return m;
  }

  @Override
  public YMap copy() {
    YMap m = new YMap(location, tag);
    for (Map.Entry<String, YNode> e : values.entrySet()) {
      m.put(e.getKey(), keyLocations.get(e.getKey()), e.getValue().copy());
    }
    return m;
  }

  @Override
  public String kindName() {
    return "mapping";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YMap other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
