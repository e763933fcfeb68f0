package dev.gen.compose;

import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YSeq;

/** Drops empty entries where Compose ignores them: empty strings and nulls in {@code dns} lists. */
final class OmitEmpty {

  private OmitEmpty() {}

  static void apply(YMap document) {
    if (!(document.get("services") instanceof YMap services)) {
      return;
    }
    for (String name : services.keys()) {
      if (services.get(name) instanceof YMap service && service.get("dns") instanceof YSeq dns) {
        dns.mutableItems().removeIf(OmitEmpty::isEmpty);
      }
    }
  }

  private static boolean isEmpty(YNode n) {
    return Nodes.isNull(n) || "".equals(Nodes.string(n));
  }
}
