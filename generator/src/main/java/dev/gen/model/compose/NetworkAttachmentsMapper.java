package dev.gen.model.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.model.NetworkAttachment;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A service's {@code networks} (a mapping of network to null or options, or a list of names) → attachments. */
final class NetworkAttachmentsMapper {

  private NetworkAttachmentsMapper() {}

  static List<NetworkAttachment> map(YNode node, String path, Diagnostics diagnostics) {
    List<NetworkAttachment> attachments = new ArrayList<>();
    if (node instanceof YSeq seq) {
      List<String> names = Values.strings(seq, path);
      for (int i = 0; i < names.size(); i++) {
        attachments.add(new NetworkAttachment(names.get(i), List.of(), null, null, seq.get(i).location()));
      }
      return attachments;
    }
    YMap map = Values.map(node, path);
    if (map == null) {
      return attachments;
    }
    for (Map.Entry<String, YNode> e : map.entries()) {
      String network = e.getKey();
      String itemPath = Keys.child(path, network);
      YMap options = Values.map(e.getValue(), itemPath);
      if (options == null) {
        attachments.add(new NetworkAttachment(network, List.of(), null, null, map.keyLocation(network)));
        continue;
      }
      Keys keys = new Keys(options, Scope.SERVICE_NETWORK, itemPath, diagnostics);
      List<String> aliases = Values.strings(keys.take("aliases"), keys.path("aliases"));
      attachments.add(new NetworkAttachment(
          network,
          aliases,
          Values.string(keys.take("ipv4_address"), keys.path("ipv4_address")),
          Values.string(keys.take("ipv6_address"), keys.path("ipv6_address")),
          map.keyLocation(network)));
      keys.finish();
    }
    return attachments;
  }
}
