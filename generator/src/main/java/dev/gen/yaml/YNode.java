package dev.gen.yaml;

import dev.gen.diag.SourceLocation;

/**
 * A located YAML (or JSON) value: a mapping, a sequence or a scalar, each remembering where in which file it came
 * from. Loaders build these trees; they are the common currency between a loader's stages and what
 * {@code gen config} prints. Targets never see them: they get the service model.
 *
 * <p>Trees are mutable while a loader works on them; once a loader returns one, treat it as read-only.
 */
public sealed interface YNode permits YMap, YSeq, YScalar {

  SourceLocation location();

  /** A custom tag such as {@code !reset} or {@code !override}, or the empty string. */
  String tag();

  /** A deep copy; locations are kept. */
  YNode copy();

  default boolean isMap() {
    return this instanceof YMap;
  }

  default boolean isSeq() {
    return this instanceof YSeq;
  }

  default boolean isScalar() {
    return this instanceof YScalar;
  }

  default boolean isNull() {
    return this instanceof YScalar s && s.value() == null;
  }

  /** What the YAML spec calls the node kind, for messages: "mapping", "sequence", "string", "number"... */
  String kindName();
}
