package dev.gen.target.bundle.verify;

import static dev.gen.target.bundle.verify.BundleYaml.entries;
import static dev.gen.target.bundle.verify.BundleYaml.get;
import static dev.gen.target.bundle.verify.BundleYaml.intValue;
import static dev.gen.target.bundle.verify.BundleYaml.isNull;
import static dev.gen.target.bundle.verify.BundleYaml.isString;
import static dev.gen.target.bundle.verify.BundleYaml.scalar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Juju's bundle verification (juju/charm bundledata.go {@code verifyBundle} with {@code VerifyLocal} and
 * {@code VerifyWithCharms}, {@code parseBundleParts}, overlay.go, and the CLI's {@code ComposeAndVerifyBundle}),
 * as the 35 rules of juju.md §2.3. The messages follow Juju's where it has one.
 */
public final class BundleRules {

  private static final Set<String> TOP_KEYS = Set.of("bundle", "applications", "machines", "saas", "series",
      "default-base", "relations", "tags", "description", "name", "docs", "issues", "source", "website");
  private static final Set<String> APPLICATION_KEYS = Set.of("charm", "channel", "revision", "series", "base",
      "resources", "num_units", "scale", "to", "placement", "expose", "exposed-endpoints", "options", "annotations",
      "constraints", "storage", "devices", "bindings", "offers", "plan", "trust");
  private static final Set<String> MACHINE_KEYS = Set.of("constraints", "annotations", "series", "base");
  private static final Set<String> SAAS_KEYS = Set.of("url");
  private static final Set<String> OFFER_KEYS = Set.of("endpoints", "acl");
  private static final Set<String> EXPOSED_ENDPOINT_KEYS = Set.of("expose-to-spaces", "expose-to-cidrs");

  public static final List<BundleRule> ALL = List.of(
      new BundleRule(1, "empty", "A bundle has at least one document, and its documents are mappings.",
          BundleRules::empty),
      new BundleRule(2, "unknown-key", "Every key is one Juju knows (it decodes bundles strictly).",
          BundleRules::unknownKey),
      new BundleRule(3, "scale-and-num-units", "An application does not set both scale and num_units.",
          BundleRules::scaleAndNumUnits),
      new BundleRule(4, "placement", "placement is only for Kubernetes bundles, and not together with to.",
          BundleRules::placement),
      new BundleRule(5, "bundle-type", "bundle is empty or kubernetes.", BundleRules::bundleType),
      new BundleRule(6, "kubernetes-machines", "A Kubernetes bundle has no machines.",
          BundleRules::kubernetesMachines),
      new BundleRule(7, "series", "The bundle's series is a valid series name.", BundleRules::series),
      new BundleRule(8, "default-base", "default-base is a valid base.", BundleRules::defaultBase),
      new BundleRule(9, "saas", "SaaS names are valid application names, differ from application names, and have"
          + " a valid offer URL.", BundleRules::saas),
      new BundleRule(10, "machines", "Machine ids are numbers, and their constraints and series are valid.",
          BundleRules::machines),
      new BundleRule(11, "base", "Every base of an application or machine is <os>@<channel> with a known OS.",
          BundleRules::bases),
      new BundleRule(12, "unused-machine", "Every machine is referred to by a placement directive.",
          BundleRules::unusedMachine),
      new BundleRule(13, "no-applications", "A bundle has at least one application.", BundleRules::noApplications),
      new BundleRule(14, "null-application", "An application is not empty.", BundleRules::nullApplication),
      new BundleRule(15, "charm", "Every application names a charm: a local path that exists, or a valid charm URL.",
          BundleRules::charm),
      new BundleRule(16, "charm-url-revision", "A Charmhub charm URL embeds no revision (revision says it).",
          BundleRules::charmUrlRevision),
      new BundleRule(17, "revision", "A revision is a non-negative number, and a Charmhub charm with a revision has"
          + " a channel.", BundleRules::revision),
      new BundleRule(18, "application-series", "An application's series is valid and matches its charm URL's.",
          BundleRules::applicationSeries),
      new BundleRule(19, "constraints", "Constraints parse, and a base bundle does not use image-id.",
          BundleRules::constraints),
      new BundleRule(20, "storage", "Storage names are valid and their directives parse (pool, size, count).",
          BundleRules::storage),
      new BundleRule(21, "devices", "Device names are valid and their directives parse ([count,]type[,attributes]).",
          BundleRules::devices),
      new BundleRule(22, "offers", "Offer names are valid application names and their endpoints valid endpoint"
          + " names.", BundleRules::offers),
      new BundleRule(23, "charm-exists", "Every charm exists, and a subordinate charm has no units and no"
          + " placement.", BundleRules::charmExists),
      new BundleRule(24, "resources", "Resource names are not empty and their values are a revision or a string.",
          BundleRules::resources),
      new BundleRule(25, "num-units", "num_units and scale are not negative.", BundleRules::numUnits),
      new BundleRule(26, "machine-placement", "In a machine bundle, to has no more entries than units, and each"
          + " names a defined machine, an application's existing unit, or new.", BundleRules::machinePlacement),
      new BundleRule(27, "kubernetes-placement", "In a Kubernetes bundle, to has at most one entry: a node selector"
          + " of key=value pairs.", BundleRules::kubernetesPlacement),
      new BundleRule(28, "expose", "exposed-endpoints is not used with expose: true, and its CIDRs are valid.",
          BundleRules::expose),
      new BundleRule(29, "relation-form", "A relation is two endpoints, each <application>[:<endpoint>].",
          BundleRules::relationForm),
      new BundleRule(30, "relation-application", "A relation names applications or SaaS of the bundle, and no name"
          + " is both.", BundleRules::relationApplication),
      new BundleRule(31, "relation-duplicate", "A relation does not relate an application to itself, and is"
          + " defined once.", BundleRules::relationDuplicate),
      new BundleRule(32, "relation-endpoints", "A relation's endpoints exist in the charms, one provides and one"
          + " requires, with the same interface; a bare application name resolves to exactly one relation.",
          BundleRules::relationEndpoints),
      new BundleRule(33, "options", "Every option is one of the charm's and has its type.", BundleRules::options),
      new BundleRule(34, "bindings", "Every binding names an endpoint or extra binding of the charm.",
          BundleRules::bindings),
      new BundleRule(35, "overlay-only", "offers and exposed-endpoints appear only in overlays.",
          BundleRules::overlayOnly));

  private BundleRules() {}

  // -- parsing and top level ------------------------------------------------------------------------------------

  private static void empty(BundleDocument b, BundleRule.Out out) {
    if (b.documents().stream().allMatch(BundleYaml::isNull)) {
      out.report(null, "", "empty bundle");
      return;
    }
    for (int i = 0; i < b.documents().size(); i++) {
      Node d = b.documents().get(i);
      if (!isNull(d) && !(d instanceof MappingNode)) {
        out.report(d, "", "document " + (i + 1) + " of the bundle is not a mapping");
      }
    }
  }

  private static void unknownKey(BundleDocument b, BundleRule.Out out) {
    for (Node d : b.documents()) {
      for (Map.Entry<String, NodeTuple> top : entries(d).entrySet()) {
        if (!TOP_KEYS.contains(top.getKey())) {
          out.report(top.getValue().getKeyNode(), top.getKey(), top.getKey().equals("services")
              ? "used deprecated 'services' key: it is 'applications'"
              : "field " + top.getKey() + " not found in bundle");
        }
      }
      for (Map.Entry<String, NodeTuple> app : entries(get(d, "applications")).entrySet()) {
        String path = "applications." + app.getKey();
        unknownIn(app.getValue().getValueNode(), APPLICATION_KEYS, path, "applications", out);
        for (Map.Entry<String, NodeTuple> offer : entries(get(app.getValue().getValueNode(), "offers")).entrySet()) {
          unknownIn(offer.getValue().getValueNode(), OFFER_KEYS, path + ".offers." + offer.getKey(), "offers", out);
        }
        for (Map.Entry<String, NodeTuple> ep
            : entries(get(app.getValue().getValueNode(), "exposed-endpoints")).entrySet()) {
          unknownIn(ep.getValue().getValueNode(), EXPOSED_ENDPOINT_KEYS,
              path + ".exposed-endpoints." + ep.getKey(), "exposed-endpoints", out);
        }
      }
      entries(get(d, "machines")).forEach((id, t) ->
          unknownIn(t.getValueNode(), MACHINE_KEYS, "machines." + id, "machines", out));
      entries(get(d, "saas")).forEach((name, t) -> unknownIn(t.getValueNode(), SAAS_KEYS, "saas." + name, "saas", out));
    }
  }

  private static void unknownIn(Node map, Set<String> known, String path, String where, BundleRule.Out out) {
    for (Map.Entry<String, NodeTuple> e : entries(map).entrySet()) {
      if (!known.contains(e.getKey())) {
        out.report(e.getValue().getKeyNode(), path + "." + e.getKey(),
            "field " + e.getKey() + " not found in " + where);
      }
    }
  }

  private static void scaleAndNumUnits(BundleDocument b, BundleRule.Out out) {
    b.applicationMaps().forEach((name, app) -> {
      Long scale = intValue(get(app, "scale"));
      Long units = intValue(get(app, "num_units"));
      if (scale != null && scale > 0 && units != null && units > 0) {
        out.report(get(app, "scale"), "applications." + name + ".scale", "cannot specify both scale and num_units"
            + " for application " + name);
      }
    });
  }

  private static void placement(BundleDocument b, BundleRule.Out out) {
    b.applicationMaps().forEach((name, app) -> {
      Node placement = get(app, "placement");
      if (placement == null) {
        return;
      }
      String path = "applications." + name + ".placement";
      if (!b.kubernetes()) {
        out.report(placement, path, "placement (" + scalar(placement) + ") not valid for non-Kubernetes"
            + " application " + name);
      } else if (get(app, "to") != null) {
        out.report(placement, path, "cannot specify both placement and to for application " + name);
      }
    });
  }

  private static void bundleType(BundleDocument b, BundleRule.Out out) {
    Node type = b.top("bundle");
    if (type != null && !isNull(type) && !"kubernetes".equals(scalar(type)) && !"".equals(scalar(type))) {
      out.report(type, "bundle", "bundle has an invalid type \"" + scalar(type) + "\": it is kubernetes or absent");
    }
  }

  private static void kubernetesMachines(BundleDocument b, BundleRule.Out out) {
    Node machines = b.top("machines");
    if (b.kubernetes() && machines != null && !entries(machines).isEmpty()) {
      out.report(machines, "machines", "bundle machines not valid for Kubernetes bundles");
    }
  }

  private static void series(BundleDocument b, BundleRule.Out out) {
    Node series = b.top("series");
    if (series != null && !JujuSyntax.SERIES.matcher(String.valueOf(scalar(series))).matches()) {
      out.report(series, "series", "bundle declares an invalid series \"" + scalar(series) + "\"");
    }
  }

  private static void defaultBase(BundleDocument b, BundleRule.Out out) {
    Node base = b.top("default-base");
    if (base != null) {
      String problem = isString(base) ? JujuSyntax.base(scalar(base)) : "it is not a string";
      if (problem != null) {
        out.report(base, "default-base", "invalid default base \"" + scalar(base) + "\": " + problem);
      }
    }
  }

  private static void saas(BundleDocument b, BundleRule.Out out) {
    Map<String, NodeTuple> apps = b.applications();
    b.saas().forEach((name, t) -> {
      String path = "saas." + name;
      if (!JujuSyntax.APPLICATION.matcher(name).matches()) {
        out.report(t.getKeyNode(), path, "invalid SAAS name \"" + name + "\"");
      }
      if (apps.containsKey(name)) {
        out.report(t.getKeyNode(), path, "SAAS \"" + name + "\" already exists with application \"" + name + "\"");
      }
      Node url = get(t.getValueNode(), "url");
      if (url == null || !JujuSyntax.offerUrl(String.valueOf(scalar(url)))) {
        out.report(url != null ? url : t.getKeyNode(), path + ".url", "invalid offer URL \"" + scalar(url)
            + "\" for SAAS " + name + ": expected [<controller>:][<owner>/]<model>.<application>");
      }
    });
  }

  private static void machines(BundleDocument b, BundleRule.Out out) {
    b.machines().forEach((id, t) -> {
      String path = "machines." + id;
      if (!JujuSyntax.MACHINE_ID.matcher(id).matches()) {
        out.report(t.getKeyNode(), path, "invalid machine id \"" + id + "\" found in machines");
      }
      Node constraints = get(t.getValueNode(), "constraints");
      if (constraints != null) {
        String problem = JujuSyntax.constraints(String.valueOf(scalar(constraints)));
        if (problem != null) {
          out.report(constraints, path + ".constraints", "invalid constraints \"" + scalar(constraints)
              + "\" in machine \"" + id + "\": " + problem);
        }
      }
      Node series = get(t.getValueNode(), "series");
      if (series != null && !JujuSyntax.SERIES.matcher(String.valueOf(scalar(series))).matches()) {
        out.report(series, path + ".series", "machine " + id + " declares an invalid series \"" + scalar(series)
            + "\"");
      }
    });
  }

  private static void bases(BundleDocument b, BundleRule.Out out) {
    b.applicationMaps().forEach((name, app) -> checkBase(get(app, "base"), "applications." + name + ".base",
        "application " + name, out));
    b.machines().forEach((id, t) -> checkBase(get(t.getValueNode(), "base"), "machines." + id + ".base",
        "machine " + id, out));
  }

  private static void checkBase(Node base, String path, String what, BundleRule.Out out) {
    if (base == null) {
      return;
    }
    String problem = isString(base) ? JujuSyntax.base(scalar(base)) : "it is not a string";
    if (problem != null) {
      out.report(base, path, what + " has an invalid base \"" + scalar(base) + "\": " + problem);
    }
  }

  private static void unusedMachine(BundleDocument b, BundleRule.Out out) {
    Set<String> used = new HashSet<>();
    for (MappingNode app : b.applicationMaps().values()) {
      for (String to : strings(get(app, "to"))) {
        String target = to.substring(to.indexOf(':') + 1);
        used.add(target);
      }
    }
    b.machines().forEach((id, t) -> {
      if (!used.contains(id)) {
        out.report(t.getKeyNode(), "machines." + id, "machine \"" + id + "\" is not referred to by a placement"
            + " directive");
      }
    });
  }

  // -- applications -----------------------------------------------------------------------------------------------

  private static void noApplications(BundleDocument b, BundleRule.Out out) {
    if (b.merged() != null && b.applications().isEmpty()) {
      out.report(b.top("applications"), "applications", "at least one application must be specified");
    }
  }

  private static void nullApplication(BundleDocument b, BundleRule.Out out) {
    b.applications().forEach((name, t) -> {
      if (!(t.getValueNode() instanceof MappingNode)) {
        out.report(t.getKeyNode(), "applications." + name, "bundle application for key \"" + name
            + "\" is undefined");
      }
    });
  }

  private static void charm(BundleDocument b, BundleRule.Out out) {
    b.applicationMaps().forEach((name, app) -> {
      Node charm = get(app, "charm");
      String path = "applications." + name + ".charm";
      String ref = charm == null ? null : scalar(charm);
      if (ref == null || ref.isEmpty() || !isString(charm)) {
        out.report(charm != null ? charm : app, path, "empty charm path in application " + name);
        return;
      }
      if (BundleDocument.isLocal(ref)) {
        if (b.metadata(app).isEmpty()) {
          out.report(charm, path, "charm path in application \"" + name + "\" does not exist: " + ref);
        }
        return;
      }
      String problem = JujuSyntax.charmUrl(ref);
      if (problem != null) {
        out.report(charm, path, "invalid charm URL in application \"" + name + "\": " + problem);
      }
    });
  }

  private static void charmUrlRevision(BundleDocument b, BundleRule.Out out) {
    b.applicationMaps().forEach((name, app) -> {
      String ref = BundleDocument.charm(app);
      if (ref != null && !BundleDocument.isLocal(ref) && !ref.startsWith("local:")
          && JujuSyntax.charmUrl(ref) == null && JujuSyntax.urlRevision(ref) != null) {
        out.report(get(app, "charm"), "applications." + name + ".charm", "cannot specify revision in \"" + ref
            + "\", please use revision");
      }
    });
  }

  private static void revision(BundleDocument b, BundleRule.Out out) {
    b.applicationMaps().forEach((name, app) -> {
      Node revision = get(app, "revision");
      if (revision == null || isNull(revision)) {
        return;
      }
      String path = "applications." + name + ".revision";
      Long value = intValue(revision);
      if (value == null || value < 0) {
        out.report(revision, path, "the revision of application \"" + name + "\" must be a number of 0 or more");
        return;
      }
      String ref = BundleDocument.charm(app);
      if (ref != null && !BundleDocument.isLocal(ref) && !ref.startsWith("local:")
          && isNull(get(app, "channel"))) {
        out.report(revision, path, "application \"" + name + "\" with a revision requires a channel for future"
            + " upgrades, please use channel");
      }
    });
  }

  private static void applicationSeries(BundleDocument b, BundleRule.Out out) {
    b.applicationMaps().forEach((name, app) -> {
      Node series = get(app, "series");
      String path = "applications." + name + ".series";
      if (series != null && !JujuSyntax.SERIES.matcher(String.valueOf(scalar(series))).matches()) {
        out.report(series, path, "application \"" + name + "\" declares an invalid series \"" + scalar(series)
            + "\"");
        return;
      }
      String ref = BundleDocument.charm(app);
      if (series != null && ref != null && !BundleDocument.isLocal(ref) && JujuSyntax.charmUrl(ref) == null) {
        String urlSeries = JujuSyntax.urlSeries(ref);
        if (urlSeries != null && !urlSeries.equals(scalar(series))) {
          out.report(series, path, "the charm URL for application \"" + name + "\" has a series which does not"
              + " match, please remove the series from the URL");
        }
      }
    });
  }

  private static void constraints(BundleDocument b, BundleRule.Out out) {
    b.applicationMaps().forEach((name, app) -> {
      Node constraints = get(app, "constraints");
      if (constraints == null) {
        return;
      }
      String path = "applications." + name + ".constraints";
      String text = String.valueOf(scalar(constraints));
      String problem = JujuSyntax.constraints(text);
      if (problem != null) {
        out.report(constraints, path, "invalid constraints \"" + text + "\" in application \"" + name + "\": "
            + problem);
      } else if (JujuSyntax.hasConstraint(text, "image-id")) {
        out.report(constraints, path, "'image-id' constraint in a base bundle not supported (application "
            + name + ")");
      }
    });
  }

  private static void storage(BundleDocument b, BundleRule.Out out) {
    directives(b, out, "storage", "storage", JujuSyntax::storageDirective);
  }

  private static void devices(BundleDocument b, BundleRule.Out out) {
    directives(b, out, "devices", "device", JujuSyntax::deviceDirective);
  }

  /** Each entry of an application's {@code key} map: a valid name, and a directive the checker accepts. */
  private static void directives(BundleDocument b, BundleRule.Out out, String key, String noun,
      UnaryOperator<String> problemOf) {
    b.applicationMaps().forEach((name, app) -> entries(get(app, key)).forEach((entry, t) -> {
      String path = "applications." + name + "." + key + "." + entry;
      if (!JujuSyntax.APPLICATION.matcher(entry).matches()) {
        out.report(t.getKeyNode(), path, "invalid " + noun + " name \"" + entry + "\" in application \"" + name
            + "\"");
      }
      String problem = problemOf.apply(String.valueOf(scalar(t.getValueNode())));
      if (problem != null) {
        out.report(t.getValueNode(), path, "invalid " + noun + " \"" + entry + "\" in application \"" + name
            + "\": " + problem);
      }
    }));
  }

  private static void offers(BundleDocument b, BundleRule.Out out) {
    for (Node d : b.documents()) {
      entries(get(d, "applications")).forEach((name, app) ->
          entries(get(app.getValueNode(), "offers")).forEach((offer, t) -> {
            String path = "applications." + name + ".offers." + offer;
            if (!JujuSyntax.APPLICATION.matcher(offer).matches()) {
              out.report(t.getKeyNode(), path, "invalid offer name \"" + offer + "\" in application \"" + name
                  + "\"");
            }
            for (Node endpoint : items(get(t.getValueNode(), "endpoints"))) {
              String e = scalar(endpoint);
              if (e == null || !JujuSyntax.ENDPOINT.matcher(e).matches()) {
                out.report(endpoint, path + ".endpoints", "invalid endpoint name \"" + e + "\" for offer \""
                    + offer + "\" in application \"" + name + "\"");
              }
            }
          }));
    }
  }

  private static void charmExists(BundleDocument b, BundleRule.Out out) {
    b.applicationMaps().forEach((name, app) -> {
      String ref = BundleDocument.charm(app);
      if (ref == null || ref.isEmpty() || BundleDocument.isLocal(ref) || JujuSyntax.charmUrl(ref) != null) {
        return; // rule 15 reports these
      }
      Optional<CharmMetadata> meta = b.metadata(app);
      String path = "applications." + name;
      if (meta.isEmpty()) {
        out.report(get(app, "charm"), path + ".charm", "application \"" + name + "\" refers to non-existent charm \""
            + ref + "\"");
        return;
      }
      subordinate(b, name, app, meta.get(), out);
    });
    b.applicationMaps().forEach((name, app) -> {
      String ref = BundleDocument.charm(app);
      if (ref != null && BundleDocument.isLocal(ref)) {
        b.metadata(app).ifPresent(meta -> subordinate(b, name, app, meta, out));
      }
    });
  }

  private static void subordinate(
      BundleDocument b, String name, MappingNode app, CharmMetadata meta, BundleRule.Out out) {
    if (!meta.subordinate()) {
      return;
    }
    if (!strings(get(app, "to")).isEmpty()) {
      out.report(get(app, "to"), "applications." + name + ".to", "application \"" + name + "\" is subordinate but"
          + " specifies unit placement");
    }
    if (b.units(app) > 0) {
      out.report(app, "applications." + name + ".num_units", "application \"" + name + "\" is subordinate but has"
          + " non-zero num_units");
    }
  }

  private static void resources(BundleDocument b, BundleRule.Out out) {
    b.applicationMaps().forEach((name, app) -> {
      Node resources = get(app, "resources");
      if (resources instanceof MappingNode m) {
        for (NodeTuple t : m.getValue()) {
          String key = scalar(t.getKeyNode());
          String path = "applications." + name + ".resources." + key;
          if (key == null || key.isEmpty()) {
            out.report(t.getKeyNode(), path, "missing resource name in application \"" + name + "\"");
          }
          Node v = t.getValueNode();
          boolean ok = isString(v) || (BundleYaml.isInt(v) && intValue(v) != null);
          if (!ok) {
            out.report(v, path, "resource \"" + key + "\" of application \"" + name + "\" must be a revision number"
                + " or a string (a path or an image)");
          }
        }
      } else if (resources != null && !isNull(resources)) {
        out.report(resources, "applications." + name + ".resources", "resources of application \"" + name
            + "\" must be a mapping");
      }
    });
  }

  private static void numUnits(BundleDocument b, BundleRule.Out out) {
    b.applicationMaps().forEach((name, app) -> {
      for (String key : List.of("num_units", "scale")) {
        Node n = get(app, key);
        if (n != null && (intValue(n) == null || intValue(n) < 0)) {
          out.report(n, "applications." + name + "." + key, "negative or invalid number of units (" + scalar(n)
              + ") specified for application \"" + name + "\"");
        }
      }
    });
  }

  private static void machinePlacement(BundleDocument b, BundleRule.Out out) {
    if (b.kubernetes()) {
      return;
    }
    Map<String, MappingNode> apps = b.applicationMaps();
    Map<String, NodeTuple> machines = b.machines();
    apps.forEach((name, app) -> {
      Node to = get(app, "to");
      String path = "applications." + name + ".to";
      List<String> entries = strings(to);
      if (to != null && entries.size() > b.units(app)) {
        out.report(to, path, "too many units specified in unit placement for application \"" + name + "\"");
      }
      for (String entry : entries) {
        if (!JujuSyntax.machinePlacement(entry)) {
          out.report(to, path, "invalid placement syntax \"" + entry + "\" in application \"" + name + "\"");
          continue;
        }
        String target = entry.substring(entry.indexOf(':') + 1);
        if (target.equals("new")) {
          continue;
        }
        if (JujuSyntax.MACHINE_ID.matcher(target).matches()) {
          if (!machines.containsKey(target)) {
            out.report(to, path, "placement \"" + entry + "\" refers to a machine not defined in this bundle");
          }
          continue;
        }
        int slash = target.indexOf('/');
        String other = slash < 0 ? target : target.substring(0, slash);
        MappingNode otherApp = apps.get(other);
        if (otherApp == null) {
          out.report(to, path, "placement \"" + entry + "\" refers to an application not defined in this bundle");
        } else if (slash >= 0 && Long.parseLong(target.substring(slash + 1)) >= b.units(otherApp)) {
          out.report(to, path, "placement \"" + entry + "\" specifies a unit greater than the -num-units argument"
              + " of application \"" + other + "\"");
        }
      }
    });
  }

  private static void kubernetesPlacement(BundleDocument b, BundleRule.Out out) {
    if (!b.kubernetes()) {
      return;
    }
    b.applicationMaps().forEach((name, app) -> {
      Node to = get(app, "to");
      String path = "applications." + name + ".to";
      List<String> entries = strings(to);
      if (entries.size() > 1) {
        out.report(to, path, "too many placement directives for Kubernetes application \"" + name + "\": at most"
            + " one");
      }
      List<String> all = new ArrayList<>(entries);
      Node placement = get(app, "placement");
      if (placement != null && scalar(placement) != null) {
        all.add(scalar(placement));
      }
      for (String entry : all) {
        String problem = JujuSyntax.kubernetesPlacement(entry);
        if (problem != null) {
          out.report(to != null ? to : placement, path, "invalid placement \"" + entry + "\" for Kubernetes"
              + " application \"" + name + "\": " + problem);
        }
      }
    });
  }

  private static void expose(BundleDocument b, BundleRule.Out out) {
    b.applicationMaps().forEach((name, app) -> {
      Node exposed = get(app, "exposed-endpoints");
      if (exposed == null) {
        return;
      }
      String path = "applications." + name + ".exposed-endpoints";
      if ("true".equals(scalar(get(app, "expose")))) {
        out.report(exposed, path, "exposed-endpoints cannot be specified together with \"exposed:true\" in"
            + " application \"" + name + "\" as this poses a security risk when deploying bundles to older"
            + " controllers");
      }
      entries(exposed).forEach((endpoint, t) -> {
        for (Node cidr : items(get(t.getValueNode(), "expose-to-cidrs"))) {
          if (scalar(cidr) == null || !JujuSyntax.cidr(scalar(cidr))) {
            out.report(cidr, path + "." + endpoint + ".expose-to-cidrs", "invalid CIDR \"" + scalar(cidr)
                + "\" for exposed endpoint \"" + endpoint + "\" of application \"" + name + "\"");
          }
        }
      });
    });
  }

  // -- relations --------------------------------------------------------------------------------------------------

  /** One end of a relation: the application and the endpoint, which is empty for a bare application name. */
  private record End(String application, String endpoint) {
    static End of(String text) {
      int colon = text.indexOf(':');
      return colon < 0 ? new End(text, "") : new End(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
      return endpoint.isEmpty() ? application : application + ":" + endpoint;
    }
  }

  /** The well-formed relations: two string ends each, with their node. */
  private static List<Map.Entry<Node, List<End>>> relations(BundleDocument b) {
    List<Map.Entry<Node, List<End>>> relations = new ArrayList<>();
    for (Node r : items(b.top("relations"))) {
      List<Node> ends = items(r);
      if (r instanceof SequenceNode && ends.size() == 2 && ends.stream().allMatch(BundleYaml::isString)) {
        relations.add(Map.entry(r, List.of(End.of(scalar(ends.get(0))), End.of(scalar(ends.get(1))))));
      }
    }
    return relations;
  }

  private static void relationForm(BundleDocument b, BundleRule.Out out) {
    Node relations = b.top("relations");
    if (relations != null && !isNull(relations) && !(relations instanceof SequenceNode)) {
      out.report(relations, "relations", "relations must be a list of pairs of endpoints");
      return;
    }
    List<Node> items = items(relations);
    for (int i = 0; i < items.size(); i++) {
      Node r = items.get(i);
      String path = "relations[" + i + "]";
      List<Node> ends = items(r);
      if (!(r instanceof SequenceNode) || ends.size() != 2) {
        out.report(r, path, "relation " + (i + 1) + " has " + ends.size() + " endpoint(s), not 2");
        continue;
      }
      for (Node e : ends) {
        String text = scalar(e);
        if (text == null || !isString(e)) {
          out.report(e, path, "invalid relation syntax: an endpoint is not a string");
          continue;
        }
        End end = End.of(text);
        if (!JujuSyntax.APPLICATION.matcher(end.application()).matches()
            || (text.contains(":") && !JujuSyntax.ENDPOINT.matcher(end.endpoint()).matches())) {
          out.report(e, path, "invalid relation syntax \"" + text + "\": expected <application>[:<endpoint>]");
        }
      }
    }
  }

  private static void relationApplication(BundleDocument b, BundleRule.Out out) {
    Map<String, NodeTuple> apps = b.applications();
    Map<String, NodeTuple> saas = b.saas();
    for (Map.Entry<Node, List<End>> r : relations(b)) {
      Set<String> seen = new HashSet<>();
      for (End end : r.getValue()) {
        if (!seen.add(end.application())) {
          continue;
        }
        boolean app = apps.containsKey(end.application());
        boolean offer = saas.containsKey(end.application());
        if (!app && !offer) {
          out.report(r.getKey(), "relations", "relation " + r.getValue() + " refers to application \""
              + end.application() + "\" not defined in this bundle");
        } else if (app && offer) {
          out.report(r.getKey(), "relations", "ambiguous relation " + r.getValue() + ": \"" + end.application()
              + "\" is both an application and a SAAS");
        }
      }
    }
  }

  private static void relationDuplicate(BundleDocument b, BundleRule.Out out) {
    Set<String> seen = new HashSet<>();
    for (Map.Entry<Node, List<End>> r : relations(b)) {
      End a = r.getValue().get(0);
      End c = r.getValue().get(1);
      if (a.application().equals(c.application())) {
        out.report(r.getKey(), "relations", "relation " + r.getValue() + " relates an application to itself");
        continue;
      }
      String key = a.toString().compareTo(c.toString()) < 0 ? a + " " + c : c + " " + a;
      if (!seen.add(key)) {
        out.report(r.getKey(), "relations", "relation " + r.getValue() + " is defined more than once");
      }
    }
  }

  private static void relationEndpoints(BundleDocument b, BundleRule.Out out) {
    Map<String, MappingNode> apps = b.applicationMaps();
    for (Map.Entry<Node, List<End>> r : relations(b)) {
      End a = r.getValue().get(0);
      End c = r.getValue().get(1);
      MappingNode appA = apps.get(a.application());
      MappingNode appC = apps.get(c.application());
      if (appA == null || appC == null || a.application().equals(c.application())) {
        continue; // SaaS, or reported by rules 30 and 31
      }
      Optional<CharmMetadata> metaA = b.metadata(appA);
      Optional<CharmMetadata> metaC = b.metadata(appC);
      if (metaA.isEmpty() || metaC.isEmpty()) {
        continue; // rules 15 and 23 report missing charms
      }
      Node at = r.getKey();
      Optional<CharmMetadata.Role> roleA = endpoint(a, metaA.get(), at, r.getValue(), out);
      Optional<CharmMetadata.Role> roleC = endpoint(c, metaC.get(), at, r.getValue(), out);
      if (!a.endpoint().isEmpty() && !c.endpoint().isEmpty()) {
        if (roleA.isPresent() && roleC.isPresent()) {
          if (roleA.get().provides() == roleC.get().provides()) {
            out.report(at, "relations", "relation " + r.getValue() + " relates two "
                + (roleA.get().provides() ? "providers" : "requirers"));
          } else if (!roleA.get().interfaceName().equals(roleC.get().interfaceName())) {
            out.report(at, "relations", "mismatched interface between " + a + " (" + roleA.get().interfaceName()
                + ") and " + c + " (" + roleC.get().interfaceName() + ")");
          }
        }
        continue;
      }
      if (!metaA.get().complete() || !metaC.get().complete()) {
        continue; // an endpoint cannot be inferred from partly known charms
      }
      List<String> candidates = candidates(a, metaA.get(), c, metaC.get());
      if (candidates.isEmpty()) {
        out.report(at, "relations", "no relations found for " + r.getValue());
      } else if (candidates.size() > 1) {
        out.report(at, "relations", "ambiguous relation " + r.getValue() + ": could be "
            + String.join(", ", candidates));
      }
    }
  }

  private static Optional<CharmMetadata.Role> endpoint(
      End end, CharmMetadata meta, Node at, List<End> relation, BundleRule.Out out) {
    if (end.endpoint().isEmpty()) {
      return Optional.empty();
    }
    Optional<CharmMetadata.Role> role = meta.relationEndpoint(end.endpoint());
    if (role.isEmpty() && meta.complete()) {
      out.report(at, "relations", "relation " + relation + ": charm \"" + meta.name() + "\" of application \""
          + end.application() + "\" has no endpoint \"" + end.endpoint() + "\" in provides or requires");
    }
    return role;
  }

  /** The endpoint pairs a relation with a bare application name can mean; juju-info is dropped when others exist. */
  private static List<String> candidates(End a, CharmMetadata metaA, End c, CharmMetadata metaC) {
    List<String> all = new ArrayList<>();
    List<String> withoutInfo = new ArrayList<>();
    for (String ea : endpointNames(a, metaA)) {
      for (String ec : endpointNames(c, metaC)) {
        CharmMetadata.Role ra = metaA.relationEndpoint(ea).orElseThrow();
        CharmMetadata.Role rc = metaC.relationEndpoint(ec).orElseThrow();
        if (ra.provides() != rc.provides() && ra.interfaceName().equals(rc.interfaceName())) {
          String pair = a.application() + ":" + ea + " " + c.application() + ":" + ec;
          all.add(pair);
          if (!ea.equals(CharmMetadata.JUJU_INFO) && !ec.equals(CharmMetadata.JUJU_INFO)) {
            withoutInfo.add(pair);
          }
        }
      }
    }
    return withoutInfo.isEmpty() ? all : withoutInfo;
  }

  private static List<String> endpointNames(End end, CharmMetadata meta) {
    if (!end.endpoint().isEmpty()) {
      return meta.relationEndpoint(end.endpoint()).isPresent() ? List.of(end.endpoint()) : List.of();
    }
    List<String> names = new ArrayList<>(meta.provides().keySet());
    names.addAll(meta.requires().keySet());
    names.add(CharmMetadata.JUJU_INFO);
    return names.stream().sorted().distinct().toList();
  }

  // -- options and bindings ---------------------------------------------------------------------------------------

  private static void options(BundleDocument b, BundleRule.Out out) {
    b.applicationMaps().forEach((name, app) -> {
      Node options = get(app, "options");
      Optional<CharmMetadata> meta = b.metadata(app);
      if (options == null || meta.isEmpty()) {
        return;
      }
      entries(options).forEach((option, t) -> {
        String path = "applications." + name + ".options." + option;
        String type = meta.get().options().get(option);
        if (type == null) {
          if (meta.get().complete()) {
            out.report(t.getKeyNode(), path, "cannot validate application \"" + name + "\": configuration option \""
                + option + "\" not found in charm \"" + meta.get().name() + "\"");
          }
          return;
        }
        String problem = coerces(t.getValueNode(), type);
        if (problem != null) {
          out.report(t.getValueNode(), path, "cannot validate application \"" + name + "\": option \"" + option
              + "\" expected " + type + ", got " + problem);
        }
      });
    });
  }

  /** Null when the value coerces to the option type (charm config ValidateSettings), else what it is. */
  private static String coerces(Node value, String type) {
    if (isNull(value)) {
      return null; // null resets the option to its default
    }
    if (!(value instanceof ScalarNode s)) {
      return "a " + (value instanceof SequenceNode ? "list" : "mapping");
    }
    Tag tag = s.getTag();
    String text = s.getValue();
    boolean ok = switch (type) {
      case "string" -> tag.equals(Tag.STR);
      case "int" -> tag.equals(Tag.INT) && intValue(value) != null;
      case "float" -> tag.equals(Tag.FLOAT) || tag.equals(Tag.INT);
      case "boolean" -> tag.equals(Tag.BOOL);
      case "secret" -> tag.equals(Tag.STR) && (text.isEmpty() || text.startsWith("secret:"));
      default -> false;
    };
    return ok ? null : "\"" + text + "\" (" + tag.getValue().replace("tag:yaml.org,2002:", "") + ")";
  }

  private static void bindings(BundleDocument b, BundleRule.Out out) {
    b.applicationMaps().forEach((name, app) -> {
      Optional<CharmMetadata> meta = b.metadata(app);
      if (meta.isEmpty() || !meta.get().complete()) {
        return;
      }
      entries(get(app, "bindings")).forEach((endpoint, t) -> {
        if (!endpoint.isEmpty() && !meta.get().hasEndpoint(endpoint)
            && !meta.get().extraBindings().contains(endpoint)) {
          out.report(t.getKeyNode(), "applications." + name + ".bindings." + endpoint, "application \"" + name
              + "\" wants to bind endpoint \"" + endpoint + "\" to space \"" + scalar(t.getValueNode())
              + "\", but the endpoint is not defined by the charm");
        }
      });
    });
  }

  private static void overlayOnly(BundleDocument b, BundleRule.Out out) {
    MappingNode base = b.base();
    if (base == null) {
      return;
    }
    entries(get(base, "applications")).forEach((name, app) -> {
      for (String key : List.of("offers", "exposed-endpoints")) {
        Node n = get(app.getValueNode(), key);
        if (n != null) {
          out.report(n, "applications." + name + "." + key, "applications." + name + "." + key
              + " can only appear in an overlay section");
        }
      }
    });
  }

  // -- helpers ----------------------------------------------------------------------------------------------------

  private static List<Node> items(Node node) {
    return node instanceof SequenceNode s ? s.getValue() : List.of();
  }

  /** A list of strings, or a single string, as Juju reads {@code to}. */
  private static List<String> strings(Node node) {
    if (node instanceof SequenceNode s) {
      return s.getValue().stream().map(BundleYaml::scalar).filter(v -> v != null).toList();
    }
    String one = scalar(node);
    return one == null || isNull(node) ? List.of() : List.of(one);
  }
}
