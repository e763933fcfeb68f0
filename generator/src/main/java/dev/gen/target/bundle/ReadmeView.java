package dev.gen.target.bundle;

import dev.gen.diag.Diagnostic;
import dev.gen.render.Escapers;
import dev.gen.target.bundle.BundlePlan.Application;
import dev.gen.target.bundle.BundlePlan.Grant;
import dev.gen.target.bundle.BundlePlan.Image;
import dev.gen.target.bundle.BundlePlan.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the bundle's {@code README.md} says. Table text goes through the template's Markdown escaping; command lines
 * inside code blocks are made here, from shell words (a value that would not stay on its line becomes a
 * placeholder).
 */
record ReadmeView(
    String project,
    String kind,
    boolean kubernetes,
    boolean packed,
    List<AppRow> applications,
    boolean hasRelations,
    List<RelationRow> relations,
    boolean hasImages,
    List<String> imageCommands,
    boolean hasSecrets,
    List<SecretRow> secrets,
    List<String> exports,
    List<String> packCommands,
    List<String> secretCommands,
    List<String> overlay,
    String deployCommand,
    List<String> grantCommands,
    boolean trust,
    boolean usesUv,
    boolean hasNotes,
    List<String> notes) {

  record AppRow(String name, String service, String charm, int units, String source) {}

  record RelationRow(String a, String b, String interfaceName) {
    public String getInterface() {
      return interfaceName;
    }
  }

  record SecretRow(String variable, String secret, String usedBy, String origin) {}

  private static final Pattern NOT_ON_ONE_LINE = Pattern.compile("[\\x00-\\x1f\\x7f\\u0085\\u2028\\u2029]");

  static ReadmeView of(BundlePlan plan, BundleOptions options, boolean usesUv, List<Diagnostic> notes) {
    List<AppRow> apps = plan.applications().stream()
        .map(a -> new AppRow(a.name(), a.service(), a.isCharmhub() ? a.charm() : a.charmDir(), a.units(),
            a.isCharmhub() ? "Charmhub, channel " + a.channel() + (a.trust() ? ", trusted" : "")
                : "generated" + (a.resources().isEmpty() ? "" : ", image " + String.join(", ", a.resources().values()))))
        .toList();
    List<String> images = new ArrayList<>();
    for (Image i : plan.images()) {
      String ref = word(i.reference(), "IMAGE");
      images.add("docker build --tag " + ref + " " + word(i.context(), "CONTEXT") + "   # service " + i.service());
      images.add("docker push " + ref);
    }
    List<SecretRow> secrets = plan.secrets().stream()
        .map(s -> new SecretRow(s.variable(), s.name(), s.grants().stream()
            .map(g -> g.application() + " (" + g.option() + ")").collect(Collectors.joining(", ")), s.origin()))
        .toList();
    List<String> exports = plan.secrets().stream()
        .map(s -> "export " + s.variable() + "=...   # " + s.origin().replaceAll("[\\x00-\\x1f]", " "))
        .toList();
    List<String> pack = new ArrayList<>();
    for (Application a : plan.applications()) {
      if (!a.isCharmhub()) {
        pack.add("(cd " + word(a.charmDir(), "CHARM") + " && " + (usesUv ? "uv lock && " : "") + "charmcraft pack)");
      }
    }
    List<String> secretCommands = new ArrayList<>();
    List<String> overlay = new ArrayList<>();
    List<String> grants = new ArrayList<>();
    if (!plan.secrets().isEmpty()) {
      overlay.add("applications:");
      for (Secret s : plan.secrets()) {
        secretCommands.add("juju add-secret " + word(s.name(), "NAME") + " --info " + word("gen: " + s.description(),
            "INFO") + " 'value#file=" + s.variable().toLowerCase(java.util.Locale.ROOT) + ".txt'   # prints its URI");
        grants.add("juju grant-secret " + word(s.name(), "NAME") + " " + s.grants().stream()
            .map(Grant::application).distinct().sorted().collect(Collectors.joining(",")));
      }
      plan.secrets().stream().flatMap(s -> s.grants().stream().map(g -> new String[] {g.application(), g.option(),
              s.name()}))
          .collect(Collectors.groupingBy(g -> g[0], java.util.TreeMap::new, Collectors.toList()))
          .forEach((app, appOptions) -> {
            overlay.add("  " + Escapers.yamlScalar(app) + ":");
            overlay.add("    options:");
            appOptions.stream().sorted(java.util.Comparator.comparing((String[] g) -> g[1])).forEach(g ->
                overlay.add("      " + Escapers.yamlScalar(g[1]) + ": secret:...   # the URI of " + g[2]));
          });
    }
    String deploy = "juju deploy ./bundle.yaml" + (plan.secrets().isEmpty() ? "" : " --overlay ./secrets-overlay.yaml")
        + (plan.trust() ? " --trust" : "");
    return new ReadmeView(
        plan.project(),
        plan.kubernetes() ? "Kubernetes" : "machine",
        plan.kubernetes(),
        options.charmRef() == BundleOptions.CharmRef.FILE,
        apps,
        !plan.relations().isEmpty(),
        plan.relations().stream().map(r -> new RelationRow(r.a(), r.b(), r.interfaceName())).toList(),
        !images.isEmpty(),
        images,
        !secrets.isEmpty(),
        secrets,
        exports,
        pack,
        secretCommands,
        overlay,
        deploy,
        grants,
        plan.trust(),
        usesUv,
        !notes.isEmpty(),
        notes.stream().map(n -> n.message() + (n.keyPath().isEmpty() ? "" : " (" + n.keyPath() + ")")).toList());
  }

  /** A shell word for a code block, or the placeholder when the value would not stay on its line. */
  static String word(String value, String placeholder) {
    if (value.isEmpty() || NOT_ON_ONE_LINE.matcher(value).find()) {
      return placeholder;
    }
    return Escapers.shellWord(value);
  }
}
