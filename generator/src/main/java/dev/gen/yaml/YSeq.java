package dev.gen.yaml;

import dev.gen.diag.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A sequence of located values. */
public final class YSeq implements YNode {

  private final List<YNode> items;
  private final SourceLocation location;
  private final String tag;

  public YSeq(SourceLocation location) {
    this(new ArrayList<>(), location, "");
  }

  public YSeq(List<YNode> items, SourceLocation location, String tag) {
    this.items = new ArrayList<>(items);
    this.location = Objects.requireNonNull(location, "location");
    this.tag = tag == null ? "" : tag;
  }

  public List<YNode> items() {
    return Collections.unmodifiableList(items);
  }

  /** The backing list, for loaders that rewrite a tree in place. */
  public List<YNode> mutableItems() {
    return items;
  }

  public int size() {
    return items.size();
  }

  public YNode get(int index) {
    return items.get(index);
  }

  public YSeq add(YNode node) {
    items.add(node);
    return this;
  }

  @Override
  public SourceLocation location() {
    return location;
  }

  @Override
  public String tag() {
    return tag;
  }

  public YSeq withTag(String newTag) {
    return new YSeq(items, location, newTag);
  }

  @Override
  public YSeq copy() {
    List<YNode> copied = new ArrayList<>(items.size());
    for (YNode item : items) {
      copied.add(item.copy());
    }
    return new YSeq(copied, location, tag);
  }

  @Override
  public String kindName() {
    return "sequence";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YSeq other && items.equals(other.items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }

  @Override
  public String toString() {
    return items.toString();
  }
}
