package dev.gen.compose;

import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YSeq;

/**
 * Makes the model's relative paths absolute against a working directory (compose-go's
 * {@code paths.ResolveRelativePaths}): build contexts (not remote ones), additional contexts, env and label files,
 * {@code extends.file}, bind-mount sources, secret and config files, {@code build.ssh} keys, and the device of a
 * local bind volume. {@code ~} expands to the home directory. Paths are handled as Go does, as slash-separated
 * text, cleaned.
 */
final class RelativePaths {

  private RelativePaths() {}

  static void apply(YMap model, String workingDir, String home) {
    if (model.get("services") instanceof YMap services) {
      for (String name : services.keys()) {
        if (services.get(name) instanceof YMap service) {
          service(service, workingDir, home);
        }
      }
    }
    for (String kind : new String[] {"configs", "secrets"}) {
      if (model.get(kind) instanceof YMap resources) {
        for (String name : resources.keys()) {
          if (resources.get(name) instanceof YMap r && Nodes.isString(r.get("file"))) {
            r.put("file", str(maybeUnixPath(Nodes.string(r.get("file")), workingDir, home), r.get("file")));
          }
        }
      }
    }
    if (model.get("volumes") instanceof YMap volumes) {
      for (String name : volumes.keys()) {
        if (volumes.get(name) instanceof YMap v && "local".equals(Nodes.string(v.get("driver")))
            && v.get("driver_opts") instanceof YMap opts && "bind".equals(Nodes.string(opts.get("o")))
            && Nodes.isString(opts.get("device"))) {
          opts.put("device", str(maybeUnixPath(Nodes.string(opts.get("device")), workingDir, home),
              opts.get("device")));
        }
      }
    }
  }

  private static void service(YMap service, String dir, String home) {
    if (service.get("build") instanceof YMap build) {
      if (Nodes.isString(build.get("context"))) {
        build.put("context", str(contextPath(Nodes.string(build.get("context")), dir, home), build.get("context")));
      }
      if (build.get("additional_contexts") instanceof YMap ac) {
        for (String k : ac.keys()) {
          if (Nodes.isString(ac.get(k))) {
            ac.put(k, str(contextPath(Nodes.string(ac.get(k)), dir, home), ac.get(k)));
          }
        }
      }
      if (build.get("ssh") instanceof YMap ssh) {
        for (String k : ssh.keys()) {
          if (Nodes.isString(ssh.get(k))) {
            ssh.put(k, str(maybeUnixPath(Nodes.string(ssh.get(k)), dir, home), ssh.get(k)));
          }
        }
      }
    }
    if (service.get("env_file") instanceof YSeq envFiles) {
      for (YNode e : envFiles.items()) {
        if (e instanceof YMap m && Nodes.isString(m.get("path"))) {
          m.put("path", str(absPath(Nodes.string(m.get("path")), dir, home), m.get("path")));
        }
      }
    }
    if (service.get("label_file") instanceof YSeq labelFiles) {
      var items = labelFiles.mutableItems();
      for (int i = 0; i < items.size(); i++) {
        if (Nodes.isString(items.get(i))) {
          items.set(i, str(absPath(Nodes.string(items.get(i)), dir, home), items.get(i)));
        }
      }
    }
    if (service.get("extends") instanceof YMap ext && Nodes.isString(ext.get("file"))) {
      String f = Nodes.string(ext.get("file"));
      if (!f.contains("://")) {
        ext.put("file", str(absPath(f, dir, home), ext.get("file")));
      }
    }
    if (service.get("develop") instanceof YMap develop && develop.get("watch") instanceof YSeq watch) {
      for (YNode w : watch.items()) {
        if (w instanceof YMap m && Nodes.isString(m.get("path"))) {
          m.put("path", str(absPath(Nodes.string(m.get("path")), dir, home), m.get("path")));
        }
      }
    }
    if (service.get("volumes") instanceof YSeq volumes) {
      for (YNode v : volumes.items()) {
        if (v instanceof YMap m && "bind".equals(Nodes.string(m.get("type")))) {
          YNode src = m.get("source");
          if (src == null) {
            throw Nodes.error(m, KeyPath.ROOT, "compose.volume",
                "invalid mount config for type \"bind\": field Source must not be empty");
          }
          if (Nodes.isString(src)) {
            m.put("source", str(maybeUnixPath(Nodes.string(src), dir, home), src));
          }
        }
      }
    }
  }

  private static YNode str(String value, YNode from) {
    return Nodes.str(value, from.location());
  }

  static String expandUser(String p, String home) {
    if (p.startsWith("~")) {
      return join(home, p.substring(1));
    }
    return p;
  }

  static String absPath(String v, String dir, String home) {
    v = expandUser(v, home);
    if (v.startsWith("/")) {
      return v;
    }
    return v.isEmpty() ? v : join(dir, v);
  }

  private static String contextPath(String v, String dir, String home) {
    if (v.contains("://") || v.startsWith("service:")) {
      return v;
    }
    for (String prefix : new String[] {"https://", "http://", "git://", "ssh://", "github.com/", "git@"}) {
      if (v.startsWith(prefix)) {
        return v;
      }
    }
    return absPath(v, dir, home);
  }

  static String maybeUnixPath(String p, String dir, String home) {
    p = expandUser(p, home);
    if (!p.startsWith("/") && !isWindowsAbs(p)) {
      return join(dir, p);
    }
    return p;
  }

  private static boolean isWindowsAbs(String p) {
    if (p.startsWith("\\\\")) {
      return true;
    }
    return p.length() >= 3 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':'
        && (p.charAt(2) == '\\' || p.charAt(2) == '/');
  }

  /** Go's {@code filepath.Join}: joined with a slash and cleaned. */
  static String join(String a, String b) {
    if (a.isEmpty()) {
      return b.isEmpty() ? "" : VolumeSpec.cleanPath(b);
    }
    if (b.isEmpty()) {
      return VolumeSpec.cleanPath(a);
    }
    return VolumeSpec.cleanPath(a + "/" + b);
  }
}
