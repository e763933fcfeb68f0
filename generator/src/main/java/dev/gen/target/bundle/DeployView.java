package dev.gen.target.bundle;

import dev.gen.render.Escapers;
import dev.gen.target.bundle.BundlePlan.Application;
import dev.gen.target.bundle.BundlePlan.Grant;
import dev.gen.target.bundle.BundlePlan.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What {@code templates/bundle/deploy.sh.mustache} reads. Values are shell words through the template; the YAML
 * keys of the overlay it writes are made YAML scalars here first. Secrets are numbered: the script keeps each URI
 * in {@code uri_<n>}.
 */
record DeployView(
    boolean pack,
    boolean uvLock,
    List<Item> charmDirs,
    boolean hasSecrets,
    List<SecretRow> secrets,
    List<OverlayApp> overlay,
    boolean trust,
    List<GrantRow> grants) {

  /** A list item; {@code first} leaves out the separator before it. */
  record Item(boolean first, String dir) {}

  record SecretRow(boolean first, int index, String name, String variable, String info) {}

  record OverlayApp(String yamlApp, List<OverlayOption> options) {}

  record OverlayOption(String yamlOption, int index) {}

  record GrantRow(int index, String applications) {}

  static DeployView of(BundlePlan plan, BundleOptions options, boolean uvLock) {
    List<SecretRow> secrets = new ArrayList<>();
    Map<String, List<OverlayOption>> byApp = new TreeMap<>();
    List<GrantRow> grants = new ArrayList<>();
    for (int i = 0; i < plan.secrets().size(); i++) {
      Secret s = plan.secrets().get(i);
      int index = i + 1;
      secrets.add(new SecretRow(i == 0, index, s.name(), s.variable(), "gen: " + s.description()));
      for (Grant g : s.grants()) {
        byApp.computeIfAbsent(g.application(), a -> new ArrayList<>())
            .add(new OverlayOption(Escapers.yamlScalar(g.option()), index));
      }
      grants.add(new GrantRow(index, s.grants().stream().map(Grant::application).distinct().sorted()
          .collect(Collectors.joining(","))));
    }
    List<OverlayApp> overlay = byApp.entrySet().stream()
        .map(e -> new OverlayApp(Escapers.yamlScalar(e.getKey()), e.getValue()))
        .toList();
    return new DeployView(
        options.charmRef() == BundleOptions.CharmRef.FILE,
        uvLock,
        items(plan.applications().stream().filter(a -> !a.isCharmhub()).map(Application::charmDir).toList()),
        !secrets.isEmpty(),
        secrets,
        overlay,
        plan.trust(),
        grants);
  }

  private static List<Item> items(List<String> values) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      items.add(new Item(i == 0, values.get(i)));
    }
    return items;
  }
}
