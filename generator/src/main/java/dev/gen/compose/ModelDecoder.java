package dev.gen.compose;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the normalized document into the project as compose-go types it and {@code docker compose config} prints
 * it (compose-go's {@code Transform} into {@code types.Project}, then {@code json.Marshal}): values get their Go
 * types ({@code expose: [80]} becomes {@code ["80"]}, {@code mem_limit: 50M} {@code "52428800"},
 * {@code stop_grace_period: 90s} {@code "1m30s"}, a command string its words), {@code omitempty} fields that are
 * empty disappear, and extension ({@code x-}) keys below the top level are dropped. Decoding errors are collected and
 * reported together, as compose-go does ({@code error decoding 'services[a].mem_limit': invalid size: '10q'}).
 */
final class ModelDecoder {

  private static final GoType INT = GoType.of(GoType.Kind.INT);

  private final Diagnostics diagnostics;
  private final List<Diagnostic> errors = new ArrayList<>();

  ModelDecoder(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The typed project: {@code name}, {@code services}, resources, top-level extensions. */
  YMap decode(YMap model) {
    YMap out = new YMap(model.location());
    for (String key : model.keys()) {
      YNode value = model.get(key);
      switch (key) {
        case "name" -> out.put("name", model.keyLocation(key), value);
        case "services" -> out.put(key, model.keyLocation(key), services(value));
        case "networks" -> resources(out, model, key, ComposeTypes.NETWORK);
        case "volumes" -> resources(out, model, key, ComposeTypes.VOLUME);
        case "secrets", "configs" -> resources(out, model, key, ComposeTypes.FILE_OBJECT);
        // top-level extensions are printed as they are (newer sections, such as models, too)
        default -> out.put(key, model.keyLocation(key), value);
      }
    }
    if (!out.has("services")) {
      out.put("services", new YMap(model.location()));
    }
    if (!errors.isEmpty()) {
      // all errors at once, as compose-go reports them; each keeps its own location
      errors.sort(java.util.Comparator.comparing(Diagnostic::keyPath));
      List<Diagnostic> all = new ArrayList<>(errors);
      Diagnostic first = errors.get(0);
      all.set(0, Diagnostic.error(first.code(), "decoding failed due to the following error(s):\n" + first.message(),
          first.location(), first.keyPath()));
      throw new GenException(all, GenException.EXIT_INPUT);
    }
    return out;
  }

  private YMap services(YNode value) {
    YMap out = new YMap(value.location());
    if (value instanceof YMap services) {
      for (String name : services.keys()) {
        YNode s = services.get(name);
        YNode decoded = decode(ComposeTypes.SERVICE, s, new Path("services[" + name + "]",
            KeyPath.ROOT.key("services").key(name)));
        out.put(name, services.keyLocation(name), decoded == null ? new YMap(s.location()) : decoded);
      }
    }
    return out;
  }

  private void resources(YMap out, YMap model, String key, GoType type) {
    YNode value = model.get(key);
    if (!(value instanceof YMap m)) {
      return;
    }
    YMap decoded = new YMap(m.location());
    for (String name : m.keys()) {
      YNode r = decode(type, m.get(name), new Path(key + "[" + name + "]", KeyPath.ROOT.key(key).key(name)));
      decoded.put(name, m.keyLocation(name), r == null ? new YMap(m.get(name).location()) : r);
    }
    if (!decoded.isEmpty()) {
      out.put(key, model.keyLocation(key), decoded);
    }
  }

  /** A position both as mapstructure names it ({@code services[a].ports[0]}) and as a key path. */
  private record Path(String go, KeyPath key) {
    Path field(String name) {
      return new Path(go + "." + name, key.key(name));
    }

    Path mapKey(String k) {
      return new Path(go + "[" + k + "]", key.key(k));
    }

    Path index(int i) {
      return new Path(go + "[" + i + "]", key.index(i));
    }
  }

  private void fail(YNode at, Path path, String message) {
    errors.add(Diagnostic.error("compose.decode", "error decoding '" + path.go() + "': " + message,
        at == null ? SourceLocation.UNKNOWN : at.location(), path.key().toString()));
  }

  /** The decoded value, or null for Go's nil (absent, or null in the document). */
  private YNode decode(GoType type, YNode in, Path path) {
    if (type.kind == GoType.Kind.ANY) {
      return in;
    }
    if (in == null || in.isNull()) {
      return switch (type.kind) {
        case STRUCT -> type.fields == null ? null : struct(type, new YMap(in == null ? SourceLocation.UNKNOWN
            : in.location()), path);
        default -> null;
      };
    }
    return switch (type.kind) {
      case POINTER -> decode(type.elem, in, path);
      case STRUCT -> in instanceof YMap m ? struct(type, m, path) : mismatch(in, path, "struct");
      case SLICE -> slice(type, in, path);
      case MAP -> map(type, in, path);
      default -> scalar(type, in, path);
    };
  }

  private YNode mismatch(YNode in, Path path, String expected) {
    fail(in, path, "expected a " + expected + ", got '" + Nodes.goType(in) + "'");
    return null;
  }

  private YMap struct(GoType type, YMap in, Path path) {
    YMap out = new YMap(in.location());
    for (String key : in.keys()) {
      if (key.startsWith("x-")) {
        continue;
      }
      GoType.Field f = type.fields.get(key);
      YNode value = in.get(key);
      if (f == null) {
        // compose-go's structs have no such field, so Compose drops it (the schema may still allow it)
        diagnostics.notice("compose.ignored-key", "Compose ignores " + path.key().key(key) + " (its model has no "
            + key + " here)", in.keyLocation(key), path.key().key(key).toString());
        continue;
      }
      YNode decoded = decode(f.type(), value, path.field(key));
      if (decoded == null) {
        if (!f.omitEmpty()) {
          out.put(f.jsonName(), in.keyLocation(key), zero(f.type(), value));
        }
        continue;
      }
      if (f.omitEmpty() && f.type().kind != GoType.Kind.POINTER && isZero(f.type(), decoded)) {
        continue;
      }
      out.put(f.jsonName(), in.keyLocation(key), decoded);
    }
    for (GoType.Field f : type.fields.values()) {
      if (!f.omitEmpty() && !out.has(f.jsonName())) {
        out.put(f.jsonName(), in.location(), zero(f.type(), in));
      }
    }
    return out;
  }

  /** What Go prints for a field left at its zero value. */
  private YNode zero(GoType type, YNode at) {
    SourceLocation loc = at == null ? SourceLocation.UNKNOWN : at.location();
    return switch (type.kind) {
      case STRING -> Nodes.str("", loc);
      case INT, DEVICE_COUNT, FILE_MODE -> Nodes.of(0L, loc);
      case FLOAT32, NANO_CPUS -> Nodes.of(0.0, loc);
      case BOOL, EXTERNAL -> Nodes.of(false, loc);
      case BYTES -> Nodes.str("0", loc);
      case DURATION -> Nodes.str("0s", loc);
      case STRUCT -> struct(type, new YMap(loc), new Path("", KeyPath.ROOT));
      default -> Nodes.nil(loc);
    };
  }

  private static boolean isZero(GoType type, YNode v) {
    if (v instanceof YMap m) {
      return type.kind != GoType.Kind.STRUCT && m.isEmpty();
    }
    if (v instanceof YSeq s) {
      return s.size() == 0;
    }
    Object o = ((YScalar) v).value();
    if (o == null) {
      return true;
    }
    return switch (type.kind) {
      case STRING -> o.equals("");
      case BYTES -> o.equals("0");
      case DURATION -> o.equals("0s");
      case BOOL, EXTERNAL -> o.equals(Boolean.FALSE);
      case INT, DEVICE_COUNT, FILE_MODE -> o instanceof Long l && l == 0;
      case FLOAT32, NANO_CPUS -> o instanceof Double d && d == 0;
      default -> false;
    };
  }

  private YNode slice(GoType type, YNode in, Path path) {
    if (!(in instanceof YSeq seq)) {
      return mismatch(in, path, "list");
    }
    List<YNode> items = new ArrayList<>(seq.size());
    for (int i = 0; i < seq.size(); i++) {
      YNode item = decode(type.elem, seq.get(i), path.index(i));
      items.add(item == null ? zero(type.elem, seq.get(i)) : item);
    }
    return new YSeq(items, seq.location(), "");
  }

  private YNode map(GoType type, YNode in, Path path) {
    if (!(in instanceof YMap m)) {
      return mismatch(in, path, "mapping");
    }
    YMap out = new YMap(m.location());
    for (String k : m.keys()) {
      YNode v = decode(type.elem, m.get(k), path.mapKey(k));
      out.put(k, m.keyLocation(k), v == null ? (type.elem.kind == GoType.Kind.POINTER ? Nodes.nil(
          m.get(k).location()) : zero(type.elem, m.get(k))) : v);
    }
    return out;
  }

  private YNode scalar(GoType type, YNode in, Path path) {
    SourceLocation at = in.location();
    try {
      return switch (type.kind) {
        case STRING -> in instanceof YScalar s ? Nodes.str(GoValues.sprint(s.value()), at)
            : mismatch(in, path, "string");
        case INT -> integer(in, path);
        case FLOAT32, NANO_CPUS -> float32(in, path);
        case FLOAT64 -> floating(in, path);
        case BOOL, EXTERNAL -> bool(type, in, path);
        case DURATION -> duration(in, path);
        case BYTES -> bytes(in, path);
        case SHELL_COMMAND -> shellCommand(in, path);
        case STRING_LIST -> stringList(in, path);
        case STRING_OR_NUMBER_LIST -> stringList(in, path);
        case MAPPING -> mapping(in, path, false);
        case MAPPING_WITH_EQUALS -> mapping(in, path, true);
        case OPTIONS -> options(in, path);
        case HOSTS_LIST -> hosts(in, path);
        case HEALTH_TEST -> healthTest(in, path);
        case DEVICE_COUNT -> deviceCount(in, path);
        case SSH -> ssh(in, path);
        case ULIMIT -> ulimit(in, path);
        case FILE_MODE -> fileMode(in, path);
        default -> in;
      };
    } catch (IllegalArgumentException e) {
      fail(in, path, e.getMessage());
      return null;
    }
  }

  private YNode integer(YNode in, Path path) {
    if (!(in instanceof YScalar s)) {
      return mismatch(in, path, "number");
    }
    Object v = s.value();
    if (v instanceof Long) {
      return s;
    }
    if (v instanceof Double d) {
      return Nodes.of((long) d.doubleValue(), s.location());
    }
    if (v instanceof String str) {
      return Nodes.of(GoValues.parseInt(str, "Atoi", 64), s.location());
    }
    if (v instanceof Boolean) {
      return mismatch(in, path, "number");
    }
    return s;
  }

  private YNode float32(YNode in, Path path) {
    if (!(in instanceof YScalar s)) {
      return mismatch(in, path, "number");
    }
    Object v = s.value();
    if (v instanceof Number n) {
      return Nodes.of(GoValues.float32(n.doubleValue()), s.location());
    }
    if (v instanceof String str) {
      return Nodes.of(GoValues.parseFloat(str, 32), s.location());
    }
    return mismatch(in, path, "number");
  }

  private YNode floating(YNode in, Path path) {
    if (in instanceof YScalar s && s.value() instanceof Number n) {
      return Nodes.of(n.doubleValue(), s.location());
    }
    if (in instanceof YScalar s && s.value() instanceof String str) {
      return Nodes.of(GoValues.parseFloat(str, 64), s.location());
    }
    return mismatch(in, path, "number");
  }

  private YNode bool(GoType type, YNode in, Path path) {
    if (type.kind == GoType.Kind.EXTERNAL && in instanceof YMap) {
      return Nodes.of(true, in.location());
    }
    if (!(in instanceof YScalar s)) {
      return mismatch(in, path, "boolean");
    }
    if (s.value() instanceof Boolean) {
      return s;
    }
    if (s.value() instanceof String str) {
      try {
        return Nodes.of(TypeCasts.toBoolean(str, s, path.key(), diagnostics), s.location());
      } catch (TypeCasts.CastException e) {
        throw new IllegalArgumentException(e.getMessage());
      }
    }
    return mismatch(in, path, "boolean");
  }

  private YNode duration(YNode in, Path path) {
    if (!(in instanceof YScalar s)) {
      return mismatch(in, path, "duration");
    }
    Object v = s.value();
    long nanos;
    if (v instanceof String str) {
      nanos = GoDuration.parse(str);
    } else if (v instanceof Long l) {
      nanos = l;
    } else if (v instanceof Double d) {
      nanos = (long) d.doubleValue();
    } else {
      return mismatch(in, path, "duration");
    }
    return Nodes.str(GoDuration.format(nanos), s.location());
  }

  private YNode bytes(YNode in, Path path) {
    if (!(in instanceof YScalar s)) {
      return mismatch(in, path, "size");
    }
    Object v = s.value();
    if (v instanceof Long l) {
      return Nodes.str(Long.toString(l), s.location());
    }
    if (v instanceof String str) {
      return Nodes.str(Long.toString(ByteSize.parse(str)), s.location());
    }
    return Nodes.str("0", s.location()); // compose-go ignores other types
  }

  private YNode shellCommand(YNode in, Path path) {
    if (in instanceof YScalar s && s.value() instanceof String str) {
      List<YNode> words = new ArrayList<>();
      for (String w : ShellWords.split(str)) {
        words.add(Nodes.str(w, s.location()));
      }
      return new YSeq(words, s.location(), "");
    }
    return stringList(in, path);
  }

  private YNode stringList(YNode in, Path path) {
    if (in instanceof YSeq seq) {
      List<YNode> items = new ArrayList<>(seq.size());
      for (YNode item : seq.items()) {
        items.add(Nodes.str(GoValues.sprint(item), item.location()));
      }
      return new YSeq(items, seq.location(), "");
    }
    if (in instanceof YScalar s) {
      return Nodes.seqOf(s.location(), Nodes.str(GoValues.sprint(s.value()), s.location()));
    }
    return mismatch(in, path, "list");
  }

  private YNode mapping(YNode in, Path path, boolean nullForBareKeys) {
    YMap out = new YMap(in.location());
    if (in instanceof YMap m) {
      for (String k : m.keys()) {
        YNode v = m.get(k);
        if (Nodes.isNull(v)) {
          out.put(k, m.keyLocation(k), nullForBareKeys ? Nodes.nil(v.location()) : Nodes.str("", v.location()));
        } else {
          out.put(k, m.keyLocation(k), Nodes.str(GoValues.sprint(v), v.location()));
        }
      }
      return out;
    }
    if (in instanceof YSeq seq) {
      for (YNode item : seq.items()) {
        String s = GoValues.sprint(item);
        int eq = s.indexOf('=');
        if (eq >= 0) {
          out.put(s.substring(0, eq), item.location(), Nodes.str(s.substring(eq + 1), item.location()));
        } else {
          out.put(s, item.location(), nullForBareKeys ? Nodes.nil(item.location()) : Nodes.str("", item.location()));
        }
      }
      return out;
    }
    fail(in, path, "unexpected value type " + Nodes.goType(in) + " for mapping");
    return null;
  }

  private YNode options(YNode in, Path path) {
    if (!(in instanceof YMap m)) {
      return mismatch(in, path, "mapping");
    }
    YMap out = new YMap(m.location());
    for (String k : m.keys()) {
      YNode v = m.get(k);
      out.put(k, m.keyLocation(k), Nodes.str(Nodes.isNull(v) ? "" : GoValues.sprint(v), v.location()));
    }
    return out;
  }

  /** {@code types.HostsList}: decoded into host to addresses, printed as sorted {@code host=ip} strings. */
  private YNode hosts(YNode in, Path path) {
    Map<String, List<String>> hosts = new TreeMap<>();
    if (in instanceof YMap m) {
      for (String k : m.keys()) {
        YNode v = m.get(k);
        List<String> ips = new ArrayList<>();
        if (v instanceof YSeq seq) {
          for (YNode ip : seq.items()) {
            ips.add(GoValues.sprint(ip));
          }
        } else {
          ips.add(Nodes.isNull(v) ? "" : GoValues.sprint(v));
        }
        hosts.put(k, ips);
      }
    } else if (in instanceof YSeq seq) {
      for (YNode item : seq.items()) {
        String s = GoValues.sprint(item);
        int eq = s.indexOf('=');
        int sep = eq >= 0 ? eq : s.indexOf(':');
        if (sep < 0) {
          throw new IllegalArgumentException("invalid additional host, missing IP: " + s);
        }
        hosts.computeIfAbsent(s.substring(0, sep), k -> new ArrayList<>())
            .addAll(List.of(s.substring(sep + 1).split(",", -1)));
      }
    } else {
      return mismatch(in, path, "list or mapping");
    }
    List<String> all = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : hosts.entrySet()) {
      String host = e.getKey();
      if (host.isEmpty() || host.contains(":") || host.contains("=")) {
        throw new IllegalArgumentException("bad host name '" + host + "'");
      }
      for (String ip : e.getValue()) {
        if (ip.length() > 2 && ip.startsWith("[") && ip.endsWith("]")) {
          ip = ip.substring(1, ip.length() - 1);
        }
        all.add(host + "=" + ip);
      }
    }
    all.sort(null);
    List<YNode> items = new ArrayList<>();
    for (String s : all) {
      items.add(Nodes.str(s, in.location()));
    }
    return new YSeq(items, in.location(), "");
  }

  private YNode healthTest(YNode in, Path path) {
    if (in instanceof YScalar s && s.value() instanceof String str) {
      return Nodes.seqOf(s.location(), Nodes.str("CMD-SHELL", s.location()), Nodes.str(str, s.location()));
    }
    return stringList(in, path);
  }

  private YNode deviceCount(YNode in, Path path) {
    if (in instanceof YScalar s) {
      if (s.value() instanceof Long) {
        return s;
      }
      if (s.value() instanceof String str) {
        if (str.equalsIgnoreCase("all")) {
          return Nodes.of(-1L, s.location());
        }
        try {
          return Nodes.of(GoValues.parseInt(str, "ParseInt", 64), s.location());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("invalid value " + GoValues.quote(str)
              + ", the only value allowed is 'all' or a number");
        }
      }
    }
    return mismatch(in, path, "count");
  }

  private YNode ssh(YNode in, Path path) {
    if (!(in instanceof YMap m)) {
      return mismatch(in, path, "mapping");
    }
    List<YNode> items = new ArrayList<>();
    for (String k : m.keys()) {
      YNode v = m.get(k);
      String p = Nodes.isNull(v) ? "" : GoValues.sprint(v);
      items.add(Nodes.str(p.isEmpty() ? k : k + "=" + p, m.keyLocation(k)));
    }
    return new YSeq(items, m.location(), "");
  }

  /** {@code types.UlimitsConfig}: a single value prints as a number, soft and hard as an object. */
  private YNode ulimit(YNode in, Path path) {
    if (in instanceof YScalar) {
      YNode single = integer(in, path);
      return single;
    }
    if (in instanceof YMap m) {
      YMap out = new YMap(m.location());
      YNode hard = m.has("hard") ? integer(m.get("hard"), path.field("hard")) : null;
      YNode soft = m.has("soft") ? integer(m.get("soft"), path.field("soft")) : null;
      if (hard != null && !isZero(INT, hard)) {
        out.put("hard", hard);
      }
      if (soft != null && !isZero(INT, soft)) {
        out.put("soft", soft);
      }
      return out;
    }
    return mismatch(in, path, "ulimit");
  }

  private YNode fileMode(YNode in, Path path) {
    if (in instanceof YScalar s) {
      if (s.value() instanceof Long) {
        return s;
      }
      if (s.value() instanceof String str) {
        try {
          return Nodes.of(Long.parseLong(str, 8), s.location());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("strconv.ParseInt: parsing " + GoValues.quote(str)
              + ": invalid syntax");
        }
      }
    }
    return mismatch(in, path, "file mode");
  }
}
