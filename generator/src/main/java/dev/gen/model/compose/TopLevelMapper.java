package dev.gen.model.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.SourceLocation;
import dev.gen.model.ConfigDefinition;
import dev.gen.model.Network;
import dev.gen.model.SecretDefinition;
import dev.gen.model.SecretDefinition.Kind;
import dev.gen.model.Volume;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The top-level {@code volumes}, {@code networks}, {@code secrets} and {@code configs} → their definitions, sorted
 * by name. The engine-level {@code name} the loader gives every resource ({@code <project>_<key>}) is not carried;
 * for external resources it is the name of the existing resource, which is. A secret's value never enters the
 * model: only where it comes from.
 */
final class TopLevelMapper {

  private final String projectName;
  private final ProjectPaths paths;
  private final Diagnostics diagnostics;

  TopLevelMapper(String projectName, ProjectPaths paths, Diagnostics diagnostics) {
    this.projectName = projectName;
    this.paths = paths;
    this.diagnostics = diagnostics;
  }

  List<Volume> volumes(YNode node) {
    return each(node, "volumes", Scope.VOLUME, (e) -> {
      Keys k = e.keys();
      boolean external = flag(k, "external");
      return new Volume(
          e.name(),
          external,
          externalName(e, external),
          Values.string(k.take("driver"), k.path("driver")),
          Values.stringMap(k.take("driver_opts"), k.path("driver_opts")),
          Values.stringMap(k.take("labels"), k.path("labels")),
          e.location());
    }, Volume::name);
  }

  List<Network> networks(YNode node) {
    return each(node, "networks", Scope.NETWORK, (e) -> {
      Keys k = e.keys();
      boolean external = flag(k, "external");
      return new Network(
          e.name(),
          external,
          externalName(e, external),
          Values.string(k.take("driver"), k.path("driver")),
          flag(k, "internal"),
          e.location());
    }, Network::name);
  }

  List<SecretDefinition> secrets(YNode node) {
    return each(node, "secrets", Scope.SECRET, (e) -> {
      // a secret's content is only looked at to know that it is there: it must never reach the model
      Source source = source(e, false);
      return new SecretDefinition(e.name(), source.kind(), source.reference(), e.location());
    }, SecretDefinition::name);
  }

  List<ConfigDefinition> configs(YNode node) {
    return each(node, "configs", Scope.CONFIG, (e) -> {
      Source source = source(e, true);
      return new ConfigDefinition(e.name(), source.kind(), source.reference(), source.content(), e.location());
    }, ConfigDefinition::name);
  }

  /** One definition being read: its key, its keys, where it is declared. */
  private record Entry(String name, Keys keys, SourceLocation location) {}

  private record Source(Kind kind, String reference, String content) {}

  /** Exactly one of file, environment, content and external says where a secret's or config's value is. */
  private Source source(Entry e, boolean keepContent) {
    Keys k = e.keys();
    YNode file = k.take("file");
    YNode environment = k.take("environment");
    YNode content = k.take("content");
    boolean external = flag(k, "external");
    String externalName = externalName(e, external);
    if (external) {
      return new Source(Kind.EXTERNAL, externalName, null);
    }
    if (file != null && !file.isNull()) {
      return new Source(Kind.FILE, paths.relative(Values.string(file, k.path("file")), file, k.path("file")), null);
    }
    if (environment != null && !environment.isNull()) {
      return new Source(Kind.ENVIRONMENT, Values.string(environment, k.path("environment")), null);
    }
    if (content != null && !content.isNull()) {
      return new Source(Kind.CONTENT, null, keepContent ? Values.string(content, k.path("content")) : null);
    }
    throw Values.invalid(k.map(), k.path(), "a definition with one of file, environment, content or external");
  }

  /**
   * The name of an existing resource for an external one (its key when not named); else null, after reporting a
   * custom engine-level name, which targets cannot honour.
   */
  private String externalName(Entry e, boolean external) {
    Keys k = e.keys();
    YNode nameNode = k.take("name");
    String key = e.name();
    String name = Values.string(nameNode, k.path("name"));
    if (external) {
      return name == null || name.isEmpty() ? key : name;
    }
    if (name != null && !name.equals(projectName + "_" + key)) {
      diagnostics.warn(Keys.UNMAPPED, "name is not carried over: the engine-level name '" + name
          + "' is Docker's; targets name their own resources", k.keyLocation("name"), k.path("name"));
    }
    return null;
  }

  private static boolean flag(Keys k, String key) {
    return Boolean.TRUE.equals(Values.bool(k.take(key), k.path(key)));
  }

  private <T> List<T> each(YNode node, String section, Scope scope, Function<Entry, T> mapper,
      Function<T, String> name) {
    YMap map = Values.map(node, section);
    List<T> out = new ArrayList<>();
    if (map == null) {
      return out;
    }
    for (Map.Entry<String, YNode> e : map.entries()) {
      String path = section + "." + e.getKey();
      YMap definition = Values.map(e.getValue(), path);
      if (definition == null) {
        definition = new YMap(map.keyLocation(e.getKey()));
      }
      Keys keys = new Keys(definition, scope, path, diagnostics);
      out.add(mapper.apply(new Entry(e.getKey(), keys, map.keyLocation(e.getKey()))));
      keys.finish();
    }
    out.sort(Comparator.comparing(name));
    return out;
  }
}
