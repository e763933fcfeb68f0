package dev.gen.target.charm.validate;

import dev.gen.target.charm.CharmNames;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The rules a {@code charmcraft.yaml} must follow that charmcraft's JSON schema does not check: Juju's name rules,
 * reserved names, endpoint uniqueness, config types and defaults, action names and schemas, containers and
 * resources, storage, bases and platforms. Each rule has one clear message; juju.md §1 gives the sources.
 */
public final class JujuRules {

  /** Bundle relation endpoints ({@code app:endpoint}) must match this (juju/names relation.go). */
  static final Pattern ENDPOINT = Pattern.compile("^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$");

  /** The action names both Juju and charmcraft accept. */
  static final Pattern ACTION = Pattern.compile("^[a-z](?:[a-z0-9-]*[a-z0-9])?$");

  /** Config option names in Juju's documented style (Juju itself has no rule). */
  static final Pattern OPTION = Pattern.compile("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$");

  /** Kubernetes container names: RFC 1123 labels. */
  static final Pattern CONTAINER = Pattern.compile("^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$");

  static final Pattern SECRET_URI = Pattern.compile("^secret:[a-z0-9]{20}$");

  static final Set<String> OPTION_TYPES = Set.of("string", "int", "float", "boolean", "secret");

  /** Bases charmcraft knows; the development ones need a {@code build-base}. */
  static final Set<String> BASES = Set.of("ubuntu@18.04", "ubuntu@20.04", "ubuntu@22.04", "ubuntu@24.04",
      "ubuntu@25.04", "ubuntu@25.10", "ubuntu@26.04", "ubuntu@26.10", "almalinux@9");
  static final Set<String> DEVEL_BASES = Set.of("ubuntu@25.04", "ubuntu@25.10", "ubuntu@26.10");

  /** Bases on which charmcraft's {@code charm} plugin is supported (const.CHARM_PLUGIN_BASES). */
  static final Set<String> CHARM_PLUGIN_BASES =
      Set.of("ubuntu@18.04", "ubuntu@20.04", "ubuntu@22.04", "ubuntu@24.04", "ubuntu@25.04", "almalinux@9");

  static final int MAX_SUMMARY = 78;

  private static final List<String> RELATION_SECTIONS = List.of("provides", "requires", "peers");

  public static final List<JujuRule> ALL = List.of(
      new JujuRule("charm-name", "The charm name is a safe Juju name: lower-case letters, digits and single"
          + " hyphens, starting with a letter, a letter in every hyphen-separated part, at most 40 characters.",
          JujuRules::charmName),
      new JujuRule("summary", "The summary is one line of at most 78 characters.", JujuRules::summary),
      new JujuRule("endpoint-name", "Endpoint names match [a-z][a-z0-9]*([_-][a-z0-9]+)* (bundle relations"
          + " need it; charmcraft forbids '.' and a leading '$').", JujuRules::endpointName),
      new JujuRule("endpoint-reserved", "Endpoint names are not juju or juju-* (Juju reserves them).",
          JujuRules::endpointReserved),
      new JujuRule("endpoint-unique", "Endpoint names are unique across provides, requires and peers, also once"
          + " ops turns '-' into '_'.", JujuRules::endpointUnique),
      new JujuRule("endpoint-interface", "Every endpoint is a mapping with an interface (ops cannot read the"
          + " short form); provides and peers interfaces are not juju or juju-*.", JujuRules::endpointInterface),
      new JujuRule("endpoint-fields", "Endpoint limit is a positive integer, optional a boolean and scope global"
          + " or container.", JujuRules::endpointFields),
      new JujuRule("config-option-name", "Config option names are lower case words joined by single hyphens.",
          JujuRules::configOptionName),
      new JujuRule("config-type", "Every config option has a type: string, int, float, boolean or secret.",
          JujuRules::configType),
      new JujuRule("config-default", "A config option's default coerces to its type (int: a whole int64 number,"
          + " float: a number, boolean: true or false, string: a string).", JujuRules::configDefault),
      new JujuRule("config-secret-default", "A secret option has no plain default (only a secret: URI).",
          JujuRules::configSecretDefault),
      new JujuRule("action-name", "Action names match ^[a-z]([a-z0-9-]*[a-z0-9])?$, are no Python keyword and"
          + " not juju or juju-*.", JujuRules::actionName),
      new JujuRule("action-schema", "Actions use no $ref or $schema and write additionalProperties"
          + " explicitly (Juju 3 and 4 differ in the default).", JujuRules::actionSchema),
      new JujuRule("container-resource", "Every container names exactly one of resource and bases; a resource"
          + " is a declared oci-image resource; every oci-image resource belongs to a container.",
          JujuRules::containerResource),
      new JujuRule("container-name", "Container names are Kubernetes names, uid and gid are not in 1000-9999,"
          + " and mounts name declared storage with a location.", JujuRules::containerName),
      new JujuRule("resource-fields", "Resources have type file or oci-image; a file resource has a filename"
          + " without '/'.", JujuRules::resourceFields),
      new JujuRule("storage-name", "Storage names are safe Juju names and storage type is filesystem or"
          + " block.", JujuRules::storageName),
      new JujuRule("base-platforms", "The base is a known base with platforms; development bases have a"
          + " build-base; the charm plugin is only used on bases that support it.", JujuRules::basePlatforms),
      new JujuRule("parts", "Every part is a mapping whose plugin is a name; a dump part has a source; stage and"
          + " prime paths are relative and stay inside the part; a charm without a part that writes dispatch"
          + " (charm, uv, python, poetry, reactive) primes its hooks, which Juju then runs directly.",
          JujuRules::parts));

  private JujuRules() {}

  /** Every violation of every rule, in rule order. */
  public static List<Violation> check(CharmYaml doc) {
    List<Violation> out = new java.util.ArrayList<>();
    for (JujuRule rule : ALL) {
      rule.check().apply(doc, v -> out.add(new Violation(rule.id(), v.keyPath(), v.message())));
    }
    return out;
  }

  private static Violation v(String keyPath, String message) {
    return new Violation("", keyPath, message);
  }

  private static void charmName(CharmYaml doc, Consumer<Violation> out) {
    Object name = doc.root().get("name");
    if (!(name instanceof String n) || n.length() > CharmNames.MAX_CHARM_NAME
        || !CharmNames.SAFE_NAME.matcher(n).matches()) {
      out.accept(v("name", "charm name " + quote(name) + " is not a safe Juju name"));
    }
  }

  private static void summary(CharmYaml doc, Consumer<Violation> out) {
    Object summary = doc.root().get("summary");
    if (summary instanceof String s) {
      if (s.isBlank() || s.contains("\n") || s.codePointCount(0, s.length()) > MAX_SUMMARY) {
        out.accept(v("summary", "the summary must be one non-empty line of at most " + MAX_SUMMARY
            + " characters"));
      }
    }
  }

  private static void forEachEndpoint(CharmYaml doc, EndpointVisitor visitor) {
    for (String section : RELATION_SECTIONS) {
      for (Map.Entry<String, Object> e : doc.section(section).entrySet()) {
        visitor.visit(section, e.getKey(), e.getValue());
      }
    }
  }

  @FunctionalInterface
  private interface EndpointVisitor {
    void visit(String section, String name, Object value);
  }

  private static void endpointName(CharmYaml doc, Consumer<Violation> out) {
    forEachEndpoint(doc, (section, name, value) -> {
      if (!ENDPOINT.matcher(name).matches()) {
        out.accept(v(section + "." + name, "endpoint name " + quote(name) + " is not valid"));
      }
    });
  }

  private static void endpointReserved(CharmYaml doc, Consumer<Violation> out) {
    Object charm = doc.root().get("name");
    boolean jujuCharm = charm instanceof String c && c.startsWith("juju-");
    forEachEndpoint(doc, (section, name, value) -> {
      if (CharmNames.isReserved(name) && !jujuCharm) {
        out.accept(v(section + "." + name, "endpoint name " + quote(name) + " is reserved by Juju"));
      }
    });
  }

  private static void endpointUnique(CharmYaml doc, Consumer<Violation> out) {
    Map<String, String> seen = new HashMap<>();
    forEachEndpoint(doc, (section, name, value) -> {
      String key = CharmNames.opsForm(name);
      String before = seen.putIfAbsent(key, section + "." + name);
      if (before != null) {
        out.accept(v(section + "." + name, "endpoint " + quote(name) + " clashes with " + before));
      }
    });
  }

  private static void endpointInterface(CharmYaml doc, Consumer<Violation> out) {
    forEachEndpoint(doc, (section, name, value) -> {
      Map<String, Object> m = CharmYaml.asMap(value);
      Object iface = m == null ? null : m.get("interface");
      if (!(iface instanceof String i) || i.isBlank()) {
        out.accept(v(section + "." + name, "endpoint " + quote(name) + " needs the mapping form with an"
            + " interface"));
      } else if (!section.equals("requires") && CharmNames.isReserved(i)) {
        out.accept(v(section + "." + name + ".interface", "interface " + quote(i) + " is reserved by Juju"));
      }
    });
  }

  private static void endpointFields(CharmYaml doc, Consumer<Violation> out) {
    forEachEndpoint(doc, (section, name, value) -> {
      Map<String, Object> m = CharmYaml.asMap(value);
      if (m == null) {
        return;
      }
      String at = section + "." + name;
      Object limit = m.get("limit");
      if (limit != null && !(isInteger(limit) && ((Number) limit).longValue() > 0)) {
        out.accept(v(at + ".limit", "limit must be a positive integer"));
      }
      Object optional = m.get("optional");
      if (optional != null && !(optional instanceof Boolean)) {
        out.accept(v(at + ".optional", "optional must be true or false"));
      }
      Object scope = m.get("scope");
      if (scope != null && !"global".equals(scope) && !"container".equals(scope)) {
        out.accept(v(at + ".scope", "scope must be global or container"));
      }
    });
  }

  private static Map<String, Object> options(CharmYaml doc) {
    Map<String, Object> options = CharmYaml.asMap(doc.section("config").get("options"));
    return options == null ? Map.of() : options;
  }

  private static void configOptionName(CharmYaml doc, Consumer<Violation> out) {
    for (String name : options(doc).keySet()) {
      if (!OPTION.matcher(name).matches()) {
        out.accept(v("config.options." + name, "config option name " + quote(name) + " is not lower case words"
            + " joined by single hyphens"));
      }
    }
  }

  private static void configType(CharmYaml doc, Consumer<Violation> out) {
    for (Map.Entry<String, Object> e : options(doc).entrySet()) {
      Map<String, Object> o = CharmYaml.asMap(e.getValue());
      Object type = o == null ? null : o.get("type");
      if (!(type instanceof String t) || !OPTION_TYPES.contains(t)) {
        out.accept(v("config.options." + e.getKey() + ".type", "config option " + quote(e.getKey())
            + " needs a type: string, int, float, boolean or secret"));
      }
    }
  }

  private static void configDefault(CharmYaml doc, Consumer<Violation> out) {
    for (Map.Entry<String, Object> e : options(doc).entrySet()) {
      Map<String, Object> o = CharmYaml.asMap(e.getValue());
      if (o == null || !o.containsKey("default") || !(o.get("type") instanceof String type)) {
        continue;
      }
      Object d = o.get("default");
      boolean ok = switch (type) {
        case "int" -> isInteger(d) && fitsInt64(d);
        case "float" -> d instanceof Number && !(d instanceof Boolean);
        case "boolean" -> d instanceof Boolean;
        case "string" -> d instanceof String;
        default -> true;
      };
      if (!ok) {
        out.accept(v("config.options." + e.getKey() + ".default", "the default " + quote(d) + " of "
            + quote(e.getKey()) + " is not a " + type));
      }
    }
  }

  private static void configSecretDefault(CharmYaml doc, Consumer<Violation> out) {
    for (Map.Entry<String, Object> e : options(doc).entrySet()) {
      Map<String, Object> o = CharmYaml.asMap(e.getValue());
      if (o != null && "secret".equals(o.get("type")) && o.containsKey("default")) {
        Object d = o.get("default");
        if (!(d instanceof String s && (s.isEmpty() || SECRET_URI.matcher(s).matches()))) {
          out.accept(v("config.options." + e.getKey() + ".default", "secret option " + quote(e.getKey())
              + " has a plain default; a secret's value must never be written into the charm"));
        }
      }
    }
  }

  private static void actionName(CharmYaml doc, Consumer<Violation> out) {
    for (String name : doc.section("actions").keySet()) {
      if (!ACTION.matcher(name).matches() || CharmNames.PYTHON_KEYWORDS.contains(name)
          || CharmNames.isReserved(name)) {
        out.accept(v("actions." + name, "action name " + quote(name) + " is not valid for both Juju and"
            + " charmcraft"));
      }
    }
  }

  private static void actionSchema(CharmYaml doc, Consumer<Violation> out) {
    for (Map.Entry<String, Object> e : doc.section("actions").entrySet()) {
      String at = "actions." + e.getKey();
      Map<String, Object> a = CharmYaml.asMap(e.getValue());
      if (a == null) {
        out.accept(v(at, "action " + quote(e.getKey()) + " must be a mapping"));
        continue;
      }
      if (!(a.get("additionalProperties") instanceof Boolean)) {
        out.accept(v(at, "action " + quote(e.getKey()) + " must set additionalProperties explicitly"));
      }
      findForbiddenKeys(a, at, out);
    }
  }

  private static void findForbiddenKeys(Object node, String at, Consumer<Violation> out) {
    if (node instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String key = String.valueOf(e.getKey());
        if (key.equals("$ref") || key.equals("$schema")) {
          out.accept(v(at + "." + key, key + " is not allowed in action schemas"));
        }
        findForbiddenKeys(e.getValue(), at + "." + key, out);
      }
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        findForbiddenKeys(l.get(i), at + "[" + i + "]", out);
      }
    }
  }

  private static void containerResource(CharmYaml doc, Consumer<Violation> out) {
    Map<String, Object> resources = doc.section("resources");
    Set<String> used = new java.util.HashSet<>();
    for (Map.Entry<String, Object> e : doc.section("containers").entrySet()) {
      String at = "containers." + e.getKey();
      Map<String, Object> c = CharmYaml.asMap(e.getValue());
      boolean hasResource = c != null && c.containsKey("resource");
      boolean hasBases = c != null && c.containsKey("bases");
      if (hasResource == hasBases) {
        out.accept(v(at, "container " + quote(e.getKey()) + " must name exactly one of resource and bases"));
        continue;
      }
      if (hasResource) {
        Object r = c.get("resource");
        Map<String, Object> res = r instanceof String name ? CharmYaml.asMap(resources.get(name)) : null;
        if (res == null || !"oci-image".equals(res.get("type"))) {
          out.accept(v(at + ".resource", "container " + quote(e.getKey()) + " names " + quote(r)
              + ", which is not a declared oci-image resource"));
        } else {
          used.add((String) r);
        }
      }
    }
    for (Map.Entry<String, Object> e : resources.entrySet()) {
      Map<String, Object> res = CharmYaml.asMap(e.getValue());
      if (res != null && "oci-image".equals(res.get("type")) && !used.contains(e.getKey())) {
        out.accept(v("resources." + e.getKey(), "oci-image resource " + quote(e.getKey())
            + " is used by no container"));
      }
    }
  }

  private static void containerName(CharmYaml doc, Consumer<Violation> out) {
    Map<String, Object> storage = doc.section("storage");
    for (Map.Entry<String, Object> e : doc.section("containers").entrySet()) {
      String at = "containers." + e.getKey();
      if (e.getKey().length() > 63 || !CONTAINER.matcher(e.getKey()).matches()) {
        out.accept(v(at, "container name " + quote(e.getKey()) + " is not a valid Kubernetes name"));
      }
      Map<String, Object> c = CharmYaml.asMap(e.getValue());
      if (c == null) {
        continue;
      }
      for (String id : List.of("uid", "gid")) {
        Object n = c.get(id);
        if (n != null && !(isInteger(n) && validId(((Number) n).longValue()))) {
          out.accept(v(at + "." + id, id + " must be 0-999 or 10000 and above"));
        }
      }
      Object mounts = c.get("mounts");
      if (mounts instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          Map<String, Object> m = CharmYaml.asMap(list.get(i));
          if (m == null || !(m.get("storage") instanceof String s) || !storage.containsKey(s)
              || !(m.get("location") instanceof String loc) || !loc.startsWith("/")) {
            out.accept(v(at + ".mounts[" + i + "]", "a mount must name declared storage and an absolute"
                + " location"));
          }
        }
      }
    }
  }

  private static void resourceFields(CharmYaml doc, Consumer<Violation> out) {
    for (Map.Entry<String, Object> e : doc.section("resources").entrySet()) {
      String at = "resources." + e.getKey();
      Map<String, Object> r = CharmYaml.asMap(e.getValue());
      Object type = r == null ? null : r.get("type");
      if (!"file".equals(type) && !"oci-image".equals(type)) {
        out.accept(v(at + ".type", "resource " + quote(e.getKey()) + " must have type file or oci-image"));
      } else if ("file".equals(type) && !(r.get("filename") instanceof String f && !f.isEmpty()
          && !f.contains("/"))) {
        out.accept(v(at + ".filename", "file resource " + quote(e.getKey()) + " needs a filename without '/'"));
      }
    }
  }

  private static void storageName(CharmYaml doc, Consumer<Violation> out) {
    for (Map.Entry<String, Object> e : doc.section("storage").entrySet()) {
      String at = "storage." + e.getKey();
      if (!CharmNames.SAFE_NAME.matcher(e.getKey()).matches()) {
        out.accept(v(at, "storage name " + quote(e.getKey()) + " is not a valid Juju storage name"));
      }
      Map<String, Object> s = CharmYaml.asMap(e.getValue());
      Object type = s == null ? null : s.get("type");
      if (!"filesystem".equals(type) && !"block".equals(type)) {
        out.accept(v(at + ".type", "storage " + quote(e.getKey()) + " must have type filesystem or block"));
      }
    }
  }

  private static void basePlatforms(CharmYaml doc, Consumer<Violation> out) {
    Object base = doc.root().get("base");
    if (!(base instanceof String b) || !BASES.contains(b)) {
      out.accept(v("base", "base " + quote(base) + " is not a base charmcraft knows"));
      return;
    }
    if (doc.section("platforms").isEmpty()) {
      out.accept(v("platforms", "a charm with a base needs platforms"));
    }
    if (DEVEL_BASES.contains(b) && doc.root().get("build-base") == null) {
      out.accept(v("base", "the development base " + b + " needs a build-base"));
    }
    for (Map.Entry<String, Object> e : doc.section("parts").entrySet()) {
      Map<String, Object> part = CharmYaml.asMap(e.getValue());
      if (part != null && "charm".equals(part.get("plugin")) && !CHARM_PLUGIN_BASES.contains(b)) {
        out.accept(v("parts." + e.getKey() + ".plugin", "the charm plugin does not support " + b
            + "; use the uv plugin"));
      }
    }
  }

  /** The plugins that build a Python charm with a {@code dispatch} script (charmcraft's own). */
  static final Set<String> DISPATCH_PLUGINS = Set.of("charm", "uv", "python", "poetry", "reactive");

  private static void parts(CharmYaml doc, Consumer<Violation> out) {
    boolean dispatch = false;
    boolean allPrimed = true;
    boolean hooksPrimed = false;
    for (Map.Entry<String, Object> e : doc.section("parts").entrySet()) {
      String at = "parts." + e.getKey();
      Map<String, Object> part = CharmYaml.asMap(e.getValue());
      if (part == null) {
        out.accept(v(at, "part " + quote(e.getKey()) + " must be a mapping"));
        continue;
      }
      // charmcraft takes the part's name for its plugin when it names none
      Object plugin = part.containsKey("plugin") ? part.get("plugin") : e.getKey();
      if (!(plugin instanceof String p) || p.isBlank()) {
        out.accept(v(at + ".plugin", "the plugin of part " + quote(e.getKey()) + " must be a name"));
        continue;
      }
      dispatch |= DISPATCH_PLUGINS.contains(p);
      if (p.equals("dump") && !(part.get("source") instanceof String)) {
        out.accept(v(at + ".source", "the dump part " + quote(e.getKey()) + " needs a source"));
      }
      for (String step : List.of("stage", "prime")) {
        Object paths = part.get(step);
        if (paths == null) {
          allPrimed &= !step.equals("prime");
          continue;
        }
        if (!(paths instanceof List<?> list)) {
          out.accept(v(at + "." + step, step + " of part " + quote(e.getKey()) + " must be a list of paths"));
          continue;
        }
        for (Object path : list) {
          String text = path instanceof String t ? t.startsWith("-") ? t.substring(1) : t : null;
          if (text == null || text.isEmpty() || text.startsWith("/") || List.of(text.split("/")).contains("..")) {
            out.accept(v(at + "." + step, "the " + step + " path " + quote(path) + " of part "
                + quote(e.getKey()) + " must be relative and stay inside the part"));
          } else if (step.equals("prime") && (text.equals("dispatch") || text.replaceAll("/.*", "").equals("hooks"))) {
            hooksPrimed = true;
          }
        }
      }
    }
    if (!dispatch && allPrimed && !hooksPrimed && !doc.section("parts").isEmpty()) {
      out.accept(v("parts", "no part writes a dispatch script or primes hooks/: Juju would find no hook to run"));
    }
  }

  private static boolean isInteger(Object o) {
    return o instanceof Integer || o instanceof Long || o instanceof BigInteger;
  }

  private static boolean fitsInt64(Object o) {
    return !(o instanceof BigInteger b) || b.bitLength() < 64;
  }

  private static boolean validId(long id) {
    return (id >= 0 && id <= 999) || id >= 10000;
  }

  private static String quote(Object o) {
    return o instanceof String s ? "'" + s + "'" : String.valueOf(o);
  }
}
