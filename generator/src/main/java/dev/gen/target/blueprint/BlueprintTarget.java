package dev.gen.target.blueprint;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.model.EnvVar;
import dev.gen.model.Project;
import dev.gen.model.ResourceRef;
import dev.gen.model.Service;
import dev.gen.model.Volume;
import dev.gen.render.Escapers;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.OrderedParallel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The Apache Brooklyn target: {@code <project>.yaml}, an application blueprint that deploys as it is, and
 * {@code catalog.bom}, one branded catalog item per service plus an application item that wires them together.
 */
public final class BlueprintTarget {

  /** Project names become file names and catalog ids. */
  private static final Pattern PROJECT_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

  private final TemplateEngine engine;

  public BlueprintTarget(TemplateEngine engine) {
    this.engine = engine;
  }

  public FileTree generate(Project project, BlueprintOptions options, Diagnostics diagnostics) {
    List<EntitySpec> specs = entities(project, options, diagnostics);
    String locationYaml = options.location() == null ? null : LocationSpec.yaml(options.location());

    List<Object> inline = new ArrayList<>();
    specs.forEach(spec -> inline.add(spec.toService(null)));
    List<String> secretKeys = secretKeys(project, options);
    ApplicationView app = new ApplicationView(project.name(), options.style().cliName(), project.name(),
        !secretKeys.isEmpty(), options.secretSupplier(), secretKeys, project.name(), locationYaml != null,
        locationYaml == null ? "" : locationYaml.stripTrailing(), YamlWriter.seq(inline, 0).stripTrailing());

    List<Integer> indexes = IntStream.range(0, specs.size()).boxed().toList();
    List<CatalogItemView> items = new ArrayList<>(OrderedParallel.map(indexes, i -> {
      EntitySpec spec = specs.get(i);
      String id = Names.catalogId(project, project.services().get(i));
      return item(id, "entity", spec.name(), spec.description(), spec.iconUrl(), spec.toCatalogItem());
    }));
    List<Object> referenced = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      String id = Names.catalogId(project, project.services().get(i));
      referenced.add(specs.get(i).toService(id + ":" + options.catalogVersion()));
    }
    Map<String, Object> application = new LinkedHashMap<>();
    application.put("name", project.name());
    application.put("services", referenced);
    items.add(item(project.name(), "template", project.name(), "The " + project.name() + " application: "
        + String.join(", ", project.services().stream().map(Service::name).toList()) + ".", null, application));
    if (locationYaml != null) {
      // a template keeps its location: deploying the item then needs no choice
      int last = items.size() - 1;
      CatalogItemView a = items.get(last);
      items.set(last, new CatalogItemView(a.id(), a.itemType(), a.name(), a.hasDescription(), a.description(),
          a.hasIcon(), a.iconUrl(), a.item() + "      location:" + indent(locationYaml, 6)));
    }
    CatalogView catalog = new CatalogView(project.name(), options.style().cliName(), project.name(),
        Escapers.yamlDoubleQuoted(options.catalogVersion()), items);

    FileTree tree = new FileTree();
    tree.add(project.name() + ".yaml", engine.render("blueprint/application.yaml.mustache", app));
    tree.add("catalog.bom", engine.render("blueprint/catalog.bom.mustache", catalog));
    return tree;
  }

  /** The entity of each service, in service order. */
  List<EntitySpec> entities(Project project, BlueprintOptions options, Diagnostics diagnostics) {
    check(project);
    Unmapped unmapped = new Unmapped(diagnostics, options.style());
    Addresses addresses = new Addresses(project, options.style());
    VmScripts scripts = new VmScripts(engine);
    reportVolumes(project, unmapped);
    // each service's entity depends only on the project: map them on every core, keep the services' order
    return OrderedParallel.map(project.services(), s -> {
      ServiceMapping mapping = new ServiceMapping(project, s, options, addresses, unmapped);
      return options.style() == BlueprintStyle.VM ? new VmMapping(mapping, scripts).map()
          : new ContainerMapping(mapping).map();
    });
  }

  /** Docker creates each volume a service mounts with its local driver, no options and no labels. */
  private static void reportVolumes(Project project, Unmapped unmapped) {
    for (Volume v : project.volumes()) {
      boolean mounted = project.services().stream().anyMatch(s -> s.mounts().stream()
          .anyMatch(m -> m.isNamedVolume() && m.source().equals(v.name())));
      if (!mounted || v.external()) {
        continue;
      }
      String at = "volumes." + v.name();
      if (v.driver() != null && !v.driver().equals("local")) {
        unmapped.report(v.location(), at + ".driver", "the volume driver " + v.driver() + " is not carried over:"
            + " docker creates the volume with its local driver");
      }
      if (!v.driverOptions().isEmpty()) {
        unmapped.report(v.location(), at + ".driver_opts", "the driver options of volume " + v.name()
            + " are not carried over: docker creates it without options");
      }
      if (!v.labels().isEmpty()) {
        unmapped.report(v.location(), at + ".labels", "the labels of volume " + v.name() + " are not carried over");
      }
    }
  }

  private static String indent(String yaml, int by) {
    if (!yaml.startsWith("\n")) {
      return yaml; // a scalar on the key's line
    }
    StringBuilder sb = new StringBuilder("\n");
    for (String line : yaml.substring(1).split("\n")) {
      sb.append(" ".repeat(by)).append(line).append('\n');
    }
    return sb.toString();
  }

  private static CatalogItemView item(String id, String type, String name, String description, String icon,
      Map<String, Object> item) {
    return new CatalogItemView(id, type, name, description != null, description == null ? "" : description,
        icon != null, icon == null ? "" : icon, YamlWriter.map(item, 6));
  }

  private static void check(Project project) {
    if (!PROJECT_NAME.matcher(project.name()).matches()) {
      throw GenException.at(project.location(), "name", "blueprint.bad-name", "the project name '"
          + project.name() + "' cannot name a blueprint file and catalog items: use lower-case letters, digits,"
          + " '-' and '_' (at most 63)");
    }
    if (project.services().isEmpty()) {
      throw GenException.at(project.location(), "services", "blueprint.no-services",
          "the project has no services to deploy");
    }
    for (Service s : project.services()) {
      if (!Names.isSafeServiceName(s.name())) {
        throw GenException.at(s.location(), "services." + s.name(), "blueprint.bad-name", "the service name '"
            + s.name() + "' cannot be an entity id: use letters, digits, '.', '-' and '_'");
      }
    }
  }

  /** Every key the deployer must define in the external config supplier, sorted. */
  private static List<String> secretKeys(Project project, BlueprintOptions options) {
    TreeSet<String> keys = new TreeSet<>();
    for (Service s : project.services()) {
      for (int i = 0; i < s.environment().size(); i++) {
        EnvVar e = s.environment().get(i);
        if (e.secret()) {
          keys.add(Names.secretKey(project, s, e.name(), i + 1));
        }
      }
      if (options.style() == BlueprintStyle.VM) {
        for (ResourceRef r : s.secrets()) {
          if (project.secret(r.name()).isPresent()) {
            keys.add(Names.composeSecretKey(project, r.name()));
          }
        }
      }
    }
    return List.copyOf(keys);
  }

  record ApplicationView(String project, String style, String applicationId, boolean hasSecrets,
      String secretSupplier, List<String> secretKeys, String name, boolean hasLocation, String location,
      String services) {}

  record CatalogItemView(String id, String itemType, String name, boolean hasDescription, String description,
      boolean hasIcon, String iconUrl, String item) {}

  record CatalogView(String project, String style, String applicationId, String version,
      List<CatalogItemView> items) {}
}
