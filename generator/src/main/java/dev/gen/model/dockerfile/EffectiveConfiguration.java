package dev.gen.model.dockerfile;

import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a container of a built service really runs with: the compose service's settings over its image's, as Docker
 * merges a container's configuration with its image's ({@code daemon.merge}). Compose always wins; the image fills
 * what compose leaves unset:
 *
 * <ul>
 *   <li>{@code entrypoint} and {@code command}: Docker's rule. When compose sets a non-empty entrypoint, the image
 *       gives nothing (neither its ENTRYPOINT nor its CMD). Otherwise an unset entrypoint is the image's
 *       ENTRYPOINT, and an unset or empty command the image's CMD;
 *   <li>{@code working_dir}, {@code user}, {@code stop_signal}: the image's when compose has none;
 *   <li>{@code healthcheck}: the image's when compose has none; when compose has one (and does not disable it),
 *       each part it leaves out (test, interval, timeout, start period, start interval, retries) is the image's;
 *   <li>{@code environment} and {@code labels}: the image's entries are added, compose's win for the same name;
 *   <li>{@code expose}: the image's ports are added, except those compose already exposes or publishes;
 *   <li>{@code volumes}: each image VOLUME is an anonymous volume, unless compose mounts something at that path.
 * </ul>
 *
 * The input trees are not changed: the result shares their nodes.
 */
final class EffectiveConfiguration {

  private static final Pattern EXPOSE = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?(?:/([A-Za-z]+))?");
  private static final List<String> HEALTHCHECK_PARTS =
      List.of("test", "interval", "timeout", "start_period", "start_interval", "retries");

  private EffectiveConfiguration() {}

  /** The service with its image's configuration ({@link ImageConfig}) filling the gaps. */
  static YMap merge(YMap service, YMap image) {
    YMap out = service.withTag(service.tag());
    commandLine(out, image);
    for (String key : List.of("working_dir", "user", "stop_signal")) {
      if (isUnset(out.get(key))) {
        copy(image, key, out);
      }
    }
    healthcheck(out, image);
    addEntries(out, image, "environment");
    addEntries(out, image, "labels");
    expose(out, image);
    volumes(out, image);
    return out;
  }

  private static void commandLine(YMap out, YMap image) {
    YNode entrypoint = out.get("entrypoint");
    if (ImageConfig.nonEmptyList(entrypoint)) {
      return;
    }
    if (!ImageConfig.nonEmptyList(out.get("command"))) {
      copy(image, "command", out);
    }
    if (isUnset(entrypoint)) {
      copy(image, "entrypoint", out);
    }
  }

  private static void healthcheck(YMap out, YMap image) {
    if (!(image.get("healthcheck") instanceof YMap fromImage)) {
      return;
    }
    YNode own = out.get("healthcheck");
    if (isUnset(own)) {
      out.put("healthcheck", image.keyLocation("healthcheck"), fromImage);
      return;
    }
    if (!(own instanceof YMap compose) || disabled(compose)) {
      return;
    }
    YMap merged = compose.withTag(compose.tag());
    for (String part : HEALTHCHECK_PARTS) {
      YNode value = merged.get(part);
      boolean missing = isUnset(value) || (part.equals("test") && value instanceof YSeq s && s.size() == 0);
      if (missing && fromImage.has(part)) {
        merged.put(part, fromImage.keyLocation(part), fromImage.get(part));
      }
    }
    out.put("healthcheck", out.keyLocation("healthcheck"), merged);
  }

  private static boolean disabled(YMap healthcheck) {
    if (healthcheck.get("disable") instanceof YScalar s && Boolean.TRUE.equals(s.value())) {
      return true;
    }
    return healthcheck.get("test") instanceof YSeq test && test.size() > 0
        && test.get(0) instanceof YScalar first && "NONE".equals(first.value());
  }

  private static void addEntries(YMap out, YMap image, String key) {
    if (!(image.get(key) instanceof YMap fromImage)) {
      return;
    }
    YMap merged;
    if (out.get(key) instanceof YMap own) {
      merged = own.withTag(own.tag());
    } else {
      merged = new YMap(fromImage.location());
    }
    for (Map.Entry<String, YNode> e : fromImage.entries()) {
      if (!merged.has(e.getKey())) {
        merged.put(e.getKey(), fromImage.keyLocation(e.getKey()), e.getValue());
      }
    }
    out.put(key, out.has(key) ? out.keyLocation(key) : image.keyLocation(key), merged);
  }

  private static void expose(YMap out, YMap image) {
    if (!(image.get("expose") instanceof YSeq fromImage)) {
      return;
    }
    Set<String> known = new HashSet<>();
    if (out.get("expose") instanceof YSeq own) {
      for (YNode item : own.items()) {
        known.addAll(exposed(item));
      }
    }
    if (out.get("ports") instanceof YSeq ports) {
      for (YNode item : ports.items()) {
        if (item instanceof YMap port && port.get("target") instanceof YScalar target && target.value() != null) {
          String protocol = port.get("protocol") instanceof YScalar p && p.value() instanceof String s ? s : "tcp";
          known.add(target.asString() + "/" + protocol.toLowerCase(Locale.ROOT));
        }
      }
    }
    YSeq merged = out.get("expose") instanceof YSeq own ? own.copy() : new YSeq(fromImage.location());
    for (YNode item : fromImage.items()) {
      if (!known.containsAll(exposed(item))) {
        merged.add(item);
        known.addAll(exposed(item));
      }
    }
    if (merged.size() > 0) {
      out.put("expose", out.has("expose") ? out.keyLocation("expose") : image.keyLocation("expose"), merged);
    }
  }

  /** The {@code port/protocol} keys an {@code expose} entry names ({@code 8000-8002/udp}: three). */
  private static Set<String> exposed(YNode item) {
    Set<String> out = new HashSet<>();
    if (item instanceof YScalar s && s.value() != null) {
      Matcher m = EXPOSE.matcher(s.asString().trim());
      if (m.matches()) {
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Math.min(Integer.parseInt(m.group(2)), first + 65535);
        String protocol = m.group(3) == null ? "tcp" : m.group(3).toLowerCase(Locale.ROOT);
        for (int port = first; port <= last && port <= 65535; port++) {
          out.add(port + "/" + protocol);
        }
      }
    }
    return out;
  }

  private static void volumes(YMap out, YMap image) {
    if (!(image.get("volumes") instanceof YSeq fromImage)) {
      return;
    }
    Set<String> targets = new HashSet<>();
    if (out.get("volumes") instanceof YSeq own) {
      for (YNode item : own.items()) {
        if (item instanceof YMap mount && mount.get("target") instanceof YScalar t && t.value() != null) {
          targets.add(normalizeTarget(t.asString()));
        }
      }
    }
    if (out.get("tmpfs") instanceof YSeq tmpfs) {
      for (YNode item : tmpfs.items()) {
        if (item instanceof YScalar s && s.value() != null) {
          String text = s.asString();
          int colon = text.indexOf(':');
          targets.add(normalizeTarget(colon < 0 ? text : text.substring(0, colon)));
        }
      }
    } else if (out.get("tmpfs") instanceof YScalar s && s.value() != null) {
      targets.add(normalizeTarget(s.asString().split(":", 2)[0]));
    }
    YSeq merged = out.get("volumes") instanceof YSeq own ? own.copy() : new YSeq(fromImage.location());
    boolean added = false;
    for (YNode item : fromImage.items()) {
      YMap mount = (YMap) item;
      if (targets.add(normalizeTarget(mount.getString("target")))) {
        merged.add(mount);
        added = true;
      }
    }
    if (added) {
      out.put("volumes", out.has("volumes") ? out.keyLocation("volumes") : image.keyLocation("volumes"), merged);
    }
  }

  private static String normalizeTarget(String path) {
    String p = path.replaceAll("/+", "/");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  private static boolean isUnset(YNode node) {
    return node == null || node.isNull();
  }

  private static void copy(YMap from, String key, YMap to) {
    if (from.has(key)) {
      to.put(key, from.keyLocation(key), from.get(key));
    }
  }
}
