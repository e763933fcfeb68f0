package dev.gen.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites short syntaxes into the long ones, as compose-go's {@code transform.Canonical}: ports (ranges expanded,
 * {@code published} a string), volumes, {@code depends_on}, {@code env_file}, {@code build}, {@code extends},
 * service networks, devices, secrets and configs, {@code build.ssh}, {@code dns}, {@code label_file}, the legacy
 * {@code external: {name: x}} of top-level resources (with its deprecation warning), and {@code include} entries.
 * Everything else keeps its shape; later stages and the final typing do the rest.
 */
final class Canonicalizer {

  @FunctionalInterface
  private interface Transform {
    YNode apply(YNode data, KeyPath path);
  }

  private final boolean ignoreParseErrors;
  private final Diagnostics diagnostics;
  private final PathRules<Transform> rules = new PathRules<>();

  /**
   * @param ignoreParseErrors keep unparsable short forms as they are (used with interpolation off, where values may
   *     still hold {@code ${VAR}})
   */
  Canonicalizer(boolean ignoreParseErrors, Diagnostics diagnostics) {
    this.ignoreParseErrors = ignoreParseErrors;
    this.diagnostics = diagnostics;
    rules.add("services.*", this::mappingOnly)
        .add("services.*.build", this::build)
        .add("services.*.build.secrets.*", this::fileMount)
        .add("services.*.build.additional_contexts", this::keyValue)
        .add("services.*.build.ssh", this::ssh)
        .add("services.*.build.ulimits.*", this::ulimit)
        .add("services.*.depends_on", this::dependsOn)
        .add("services.*.env_file", this::envFile)
        .add("services.*.label_file", this::stringOrList)
        .add("services.*.extends", this::extendsConfig)
        .add("services.*.networks", this::serviceNetworks)
        .add("services.*.gpus", this::gpus)
        .add("services.*.volumes.*", this::volumeMount)
        .add("services.*.dns", this::stringOrList)
        .add("services.*.devices.*", this::deviceMapping)
        .add("services.*.secrets.*", this::fileMount)
        .add("services.*.configs.*", this::fileMount)
        .add("services.*.ports", this::ports)
        .add("services.*.ulimits.*", this::ulimit)
        .add("volumes.*", this::maybeExternal)
        .add("networks.*", this::maybeExternal)
        .add("secrets.*", this::maybeExternal)
        .add("configs.*", this::maybeExternal)
        .add("include.*", this::include);
  }

  YMap apply(YMap document) {
    return (YMap) transform(document, KeyPath.ROOT);
  }

  private YNode transform(YNode data, KeyPath path) {
    Transform t = rules.find(path);
    if (t != null) {
      return t.apply(data, path);
    }
    if (data instanceof YMap m) {
      return mapping(m, path);
    }
    if (data instanceof YSeq s) {
      List<YNode> items = s.mutableItems();
      for (int i = 0; i < items.size(); i++) {
        items.set(i, transform(items.get(i), path.index(i)));
      }
    }
    return data;
  }

  private YMap mapping(YMap m, KeyPath path) {
    for (String k : Nodes.keys(m)) {
      m.put(k, transform(m.get(k), path.key(k)));
    }
    return m;
  }

  private YNode mappingOnly(YNode data, KeyPath path) {
    return data instanceof YMap m ? mapping(m, path) : data;
  }

  private YNode build(YNode data, KeyPath path) {
    if (data instanceof YMap m) {
      return mapping(m, path);
    }
    String s = Nodes.string(data);
    if (s != null) {
      return new YMap(data.location()).put("context", data);
    }
    throw Nodes.error(data, path, "compose.invalid-type", path.goStyle(false) + ": invalid type "
        + Nodes.goType(data) + " for build");
  }

  private YNode dependsOn(YNode data, KeyPath path) {
    if (data instanceof YMap m) {
      for (String k : Nodes.keys(m)) {
        if (!(m.get(k) instanceof YMap d)) {
          throw Nodes.error(m.get(k), path.key(k), "compose.invalid-type",
              path.goStyle(false) + "." + k + ": unsupported value " + GoValues.sprint(m));
        }
        if (!d.has("condition")) {
          d.put("condition", Nodes.str("service_started", d.location()));
        }
        if (!d.has("required")) {
          d.put("required", Nodes.of(true, d.location()));
        }
      }
      return m;
    }
    if (data instanceof YSeq s) {
      YMap m = new YMap(s.location());
      for (YNode item : s.items()) {
        String name = Nodes.string(item);
        if (name == null) {
          throw Nodes.error(item, path, "compose.invalid-type", path.goStyle(false) + ": invalid depends_on entry "
              + GoValues.sprint(item));
        }
        m.put(name, item.location(), defaultDependency(item));
      }
      return m;
    }
    throw Nodes.error(data, path, "compose.invalid-type", path.goStyle(false) + ": invalid type "
        + Nodes.goType(data) + " for depend_on");
  }

  static YMap defaultDependency(YNode at) {
    return new YMap(at.location())
        .put("condition", Nodes.str("service_started", at.location()))
        .put("required", Nodes.of(true, at.location()));
  }

  private YNode envFile(YNode data, KeyPath path) {
    String s = Nodes.string(data);
    if (s != null) {
      return Nodes.seqOf(data.location(), envFileEntry(data));
    }
    if (data instanceof YSeq seq) {
      List<YNode> items = seq.mutableItems();
      for (int i = 0; i < items.size(); i++) {
        YNode e = items.get(i);
        if (Nodes.isString(e)) {
          items.set(i, envFileEntry(e));
        } else if (e instanceof YMap m) {
          if (!m.has("required")) {
            m.put("required", Nodes.of(true, m.location()));
          }
        } else {
          throw Nodes.error(e, path.index(i), "compose.invalid-type", path.goStyle(false) + ": invalid type "
              + Nodes.goType(data) + " for env_file");
        }
      }
      return seq;
    }
    throw Nodes.error(data, path, "compose.invalid-type", path.goStyle(false) + ": invalid type "
        + Nodes.goType(data) + " for env_file");
  }

  private static YMap envFileEntry(YNode path) {
    return new YMap(path.location()).put("path", path).put("required", Nodes.of(true, path.location()));
  }

  private YNode stringOrList(YNode data, KeyPath path) {
    return Nodes.isString(data) ? Nodes.seqOf(data.location(), data) : data;
  }

  private YNode extendsConfig(YNode data, KeyPath path) {
    if (data instanceof YMap m) {
      return mapping(m, path);
    }
    if (Nodes.isString(data)) {
      return new YMap(data.location()).put("service", data);
    }
    throw Nodes.error(data, path, "compose.invalid-type", path.goStyle(false) + ": invalid type "
        + Nodes.goType(data) + " for extends");
  }

  /** {@code gpus: all} is one device request for all GPUs. */
  private YNode gpus(YNode data, KeyPath path) {
    if (Nodes.isString(data)) {
      return Nodes.seqOf(data.location(), new YMap(data.location()).put("count", Nodes.str("all", data.location())));
    }
    return data;
  }

  private YNode serviceNetworks(YNode data, KeyPath path) {
    if (data instanceof YSeq s) {
      YMap m = new YMap(s.location());
      for (YNode item : s.items()) {
        m.put(GoValues.sprint(item), item.location(), Nodes.nil(item.location()));
      }
      return m;
    }
    return data;
  }

  private YNode volumeMount(YNode data, KeyPath path) {
    if (data instanceof YMap) {
      return data;
    }
    String s = Nodes.string(data);
    if (s == null) {
      throw Nodes.error(data, path, "compose.invalid-type", path.goStyle(false) + ": invalid type "
          + Nodes.goType(data) + " for service volume mount");
    }
    VolumeSpec.Volume v;
    try {
      v = VolumeSpec.parse(s);
    } catch (VolumeSpec.VolumeException e) {
      if (ignoreParseErrors) {
        return data;
      }
      throw Nodes.error(data, path, "compose.volume", e.getMessage());
    }
    var at = data.location();
    YMap m = new YMap(at);
    m.put("type", Nodes.str(v.type, at));
    if (!v.source.isEmpty()) {
      m.put("source", Nodes.str(v.source, at));
    }
    if (!v.target.isEmpty()) {
      m.put("target", Nodes.str(VolumeSpec.cleanPath(v.target), at));
    }
    if (v.readOnly) {
      m.put("read_only", Nodes.of(true, at));
    }
    if (v.bind) {
      YMap bind = new YMap(at);
      if (!v.propagation.isEmpty()) {
        bind.put("propagation", Nodes.str(v.propagation, at));
      }
      if (v.createHostPath) {
        bind.put("create_host_path", Nodes.of(true, at));
      }
      if (!v.selinux.isEmpty()) {
        bind.put("selinux", Nodes.str(v.selinux, at));
      }
      m.put("bind", bind);
    }
    if (v.volume) {
      YMap volume = new YMap(at);
      if (v.noCopy) {
        volume.put("nocopy", Nodes.of(true, at));
      }
      m.put("volume", volume);
    }
    return m;
  }

  private YNode deviceMapping(YNode data, KeyPath path) {
    if (data instanceof YMap) {
      return data;
    }
    String s = Nodes.string(data);
    if (s == null) {
      throw Nodes.error(data, path, "compose.invalid-type", path.goStyle(false) + ": invalid type "
          + Nodes.goType(data) + " for service volume mount");
    }
    String[] arr = s.split(":", -1);
    String src = "";
    String dst = "";
    String permissions = "rwm";
    switch (arr.length) {
      case 3 -> {
        permissions = arr[2];
        dst = arr[1];
        src = arr[0];
      }
      case 2 -> {
        dst = arr[1];
        src = arr[0];
      }
      case 1 -> src = arr[0];
      default -> {
        if (!ignoreParseErrors) {
          throw Nodes.error(data, path, "compose.device", "confusing device mapping, please use long syntax: " + s);
        }
      }
    }
    if (dst.isEmpty()) {
      dst = src;
    }
    var at = data.location();
    return new YMap(at).put("source", Nodes.str(src, at)).put("target", Nodes.str(dst, at))
        .put("permissions", Nodes.str(permissions, at));
  }

  private YNode fileMount(YNode data, KeyPath path) {
    if (data instanceof YMap) {
      return data;
    }
    if (Nodes.isString(data)) {
      return new YMap(data.location()).put("source", data);
    }
    throw Nodes.error(data, path, "compose.invalid-type", path.goStyle(false) + ": unsupported type "
        + Nodes.goType(data));
  }

  private YNode keyValue(YNode data, KeyPath path) {
    if (data instanceof YMap) {
      return data;
    }
    if (data instanceof YSeq s) {
      YMap m = new YMap(s.location());
      for (YNode e : s.items()) {
        String str = GoValues.sprint(e);
        int eq = str.indexOf('=');
        if (eq < 0) {
          throw Nodes.error(e, path, "compose.invalid-value", path.goStyle(false) + ": invalid value " + str
              + ", expected key=value");
        }
        m.put(str.substring(0, eq), e.location(), Nodes.str(str.substring(eq + 1), e.location()));
      }
      return m;
    }
    throw Nodes.error(data, path, "compose.invalid-type", path.goStyle(false) + ": invalid type "
        + Nodes.goType(data));
  }

  private YNode ssh(YNode data, KeyPath path) {
    if (data instanceof YMap) {
      return data;
    }
    if (Nodes.isString(data)) {
      return new YMap(data.location()).put(Nodes.string(data), Nodes.nil(data.location()));
    }
    if (data instanceof YSeq s) {
      YMap m = new YMap(s.location());
      for (YNode e : s.items()) {
        String str = Nodes.string(e);
        if (str == null) {
          throw Nodes.error(e, path, "compose.invalid-type", "invalid ssh key type " + Nodes.goType(e));
        }
        int eq = str.indexOf('=');
        if (eq < 0) {
          if (!str.equals("default")) {
            throw Nodes.error(e, path, "compose.invalid-value", "invalid ssh key " + GoValues.quote(str));
          }
          m.put(str, e.location(), Nodes.nil(e.location()));
        } else {
          m.put(str.substring(0, eq), e.location(), Nodes.str(str.substring(eq + 1), e.location()));
        }
      }
      return m;
    }
    throw Nodes.error(data, path, "compose.invalid-type", path.goStyle(false) + ": invalid type "
        + Nodes.goType(data) + " for ssh");
  }

  private YNode ulimit(YNode data, KeyPath path) {
    if (data instanceof YMap || Nodes.isInt(data)) {
      return data;
    }
    throw Nodes.error(data, path, "compose.invalid-type", path.goStyle(false) + ": invalid type "
        + Nodes.goType(data) + " for external");
  }

  private YNode ports(YNode data, KeyPath path) {
    if (!(data instanceof YSeq entries)) {
      throw Nodes.error(data, path, "compose.invalid-type", path.goStyle(false) + ": invalid type "
          + Nodes.goType(data) + " for port");
    }
    List<YNode> out = new ArrayList<>();
    for (YNode entry : entries.items()) {
      if (entry instanceof YMap m) {
        YNode published = m.get("published");
        if (Nodes.isInt(published)) {
          m.put("published", Nodes.str(GoValues.sprint(published), published.location()));
        }
        out.add(m);
        continue;
      }
      String spec;
      if (Nodes.isInt(entry)) {
        spec = GoValues.sprint(entry);
      } else if (Nodes.isString(entry)) {
        spec = Nodes.string(entry);
      } else {
        throw Nodes.error(entry, path, "compose.invalid-type", path.goStyle(false) + ": invalid type "
            + Nodes.goType(entry) + " for port");
      }
      List<PortSpec.Port> parsed;
      try {
        parsed = PortSpec.parse(spec);
      } catch (PortSpec.PortException e) {
        if (ignoreParseErrors && Nodes.isString(entry)) {
          return data;
        }
        throw Nodes.error(entry, path, "compose.port", e.getMessage());
      }
      var at = entry.location();
      for (PortSpec.Port p : parsed) {
        YMap m = new YMap(at);
        m.put("mode", Nodes.str("ingress", at));
        if (!p.hostIp().isEmpty()) {
          m.put("host_ip", Nodes.str(p.hostIp(), at));
        }
        m.put("target", Nodes.of(p.target(), at));
        if (!p.published().isEmpty()) {
          m.put("published", Nodes.str(p.published(), at));
        }
        m.put("protocol", Nodes.str(p.protocol(), at));
        out.add(m);
      }
    }
    return new YSeq(out, entries.location(), entries.tag());
  }

  private YNode maybeExternal(YNode data, KeyPath path) {
    if (Nodes.isNull(data) || !(data instanceof YMap resource)) {
      return data;
    }
    mapping(resource, path);
    if (resource.get("external") instanceof YMap external) {
      resource.put("external", Nodes.of(true, external.location()));
      if (external.has("name")) {
        YNode extName = external.get("name");
        diagnostics.warn("compose.external-name-deprecated",
            path.goStyle(false) + ": external.name is deprecated. Please set name and external: true",
            external.keyLocation("name"), path.key("external").key("name").toString());
        YNode name = resource.get("name");
        if (name != null && !name.equals(extName)) {
          throw Nodes.error(extName, path, "compose.external-name",
              path.goStyle(false) + ": name and external.name conflict; only use name");
        }
        if (name == null) {
          resource.put("name", extName);
        }
      }
    }
    return resource;
  }

  private YNode include(YNode data, KeyPath path) {
    if (Nodes.isString(data)) {
      return new YMap(data.location()).put("path", Nodes.seqOf(data.location(), data));
    }
    if (data instanceof YMap m) {
      if (Nodes.isString(m.get("path"))) {
        m.put("path", Nodes.seqOf(m.get("path").location(), m.get("path")));
      }
      if (Nodes.isString(m.get("env_file"))) {
        m.put("env_file", Nodes.seqOf(m.get("env_file").location(), m.get("env_file")));
      }
      return m;
    }
    throw Nodes.error(data, path, "compose.invalid-type", path.goStyle(false) + ": invalid type "
        + Nodes.goType(data) + " for include");
  }
}
