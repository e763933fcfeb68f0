package dev.gen.compose;

import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YSeq;

/**
 * Fills the defaults compose-go sets before normalizing ({@code transform.SetDefaultValues}): a build context of
 * {@code .}, a secret's target {@code /run/secrets/<source>}, a port's {@code tcp} protocol and {@code ingress}
 * mode, and a device request's {@code count: all} when it names neither a count nor device ids.
 */
final class Defaults {

  private Defaults() {}

  static void apply(YMap model) {
    if (!(model.get("services") instanceof YMap services)) {
      return;
    }
    for (String name : services.keys()) {
      if (!(services.get(name) instanceof YMap s)) {
        continue;
      }
      if (s.get("build") instanceof YMap build && !build.has("context")) {
        build.put("context", Nodes.str(".", build.location()));
      }
      if (s.get("secrets") instanceof YSeq secrets) {
        for (YNode secret : secrets.items()) {
          if (secret instanceof YMap m && !m.has("target")) {
            m.put("target", Nodes.str("/run/secrets/" + Nodes.goS(m.get("source")), m.location()));
          }
        }
      }
      if (s.get("ports") instanceof YSeq ports) {
        for (YNode port : ports.items()) {
          if (port instanceof YMap m) {
            if (!m.has("protocol")) {
              m.put("protocol", Nodes.str("tcp", m.location()));
            }
            if (!m.has("mode")) {
              m.put("mode", Nodes.str("ingress", m.location()));
            }
          }
        }
      }
      if (s.get("deploy") instanceof YMap deploy && deploy.get("resources") instanceof YMap resources
          && resources.get("reservations") instanceof YMap reservations
          && reservations.get("devices") instanceof YSeq devices) {
        deviceDefaults(devices);
      }
      if (s.get("gpus") instanceof YSeq gpus) {
        deviceDefaults(gpus);
      }
    }
  }

  private static void deviceDefaults(YSeq requests) {
    for (YNode r : requests.items()) {
      if (r instanceof YMap m && !m.has("count") && !m.has("device_ids")) {
        m.put("count", Nodes.str("all", m.location()));
      }
    }
  }
}
