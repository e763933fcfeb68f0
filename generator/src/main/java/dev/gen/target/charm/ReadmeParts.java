package dev.gen.target.charm;

import dev.gen.diag.Diagnostic;
import dev.gen.render.Escapers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the READMEs of both flavours' charms say the same way, from the plan: the options, the values rebuilt from
 * relations, the endpoints, storage, the commands that set secrets and relate the charm. Text goes through the
 * templates' Markdown escaping; the command lines for code blocks are made here, shell-quoted, with a placeholder
 * for any value that would not stay on its line ({@link #codeWord}).
 */
public final class ReadmeParts {

  private ReadmeParts() {}

  /** A name and a value. */
  public record Row(String name, String value) {}

  /** A config option. */
  public record OptionRow(String name, String type, String defaultText, String description) {}

  /** A relation endpoint ({@code interface} is a Java keyword, hence {@link #getInterface}). */
  public record EndpointRow(String name, String role, String interfaceName, String what) {
    public String getInterface() {
      return interfaceName;
    }
  }

  /** Characters that would end a line inside a code block, or are invisible there. */
  private static final Pattern NOT_ON_ONE_LINE = Pattern.compile("[\\x00-\\x1f\\x7f\\u0085\\u2028\\u2029]");

  public static List<OptionRow> options(CharmPlan plan) {
    return plan.options().stream()
        .map(o -> new OptionRow(o.name(), o.type().yamlName(), defaultText(o), o.description()))
        .toList();
  }

  public static List<Row> relationEnv(CharmPlan plan) {
    return plan.relationEnv().stream()
        .map(r -> new Row(r.envVar(), (r.value().isEmpty() ? "" : r.value() + " ")
            + "(from relation " + String.join(", ", r.endpoints()) + ")"))
        .toList();
  }

  /** Every endpoint, what it carries, and what the workload does without it. */
  public static List<EndpointRow> endpoints(CharmPlan plan, CharmPlans plans) {
    List<EndpointRow> endpoints = new ArrayList<>();
    for (Endpoint e : plan.endpoints()) {
      endpoints.add(new EndpointRow(e.name(), e.role().name().toLowerCase(Locale.ROOT), e.interfaceName(),
          endpointText(e, plan, plans)));
    }
    return endpoints;
  }

  public static List<Row> storage(CharmPlan plan) {
    return plan.storage().stream()
        .map(s -> new Row(s.name(), s.location() + (s.readOnly() ? " (read-only)" : "") + ": " + s.description()))
        .toList();
  }

  /** The commands that create each secret an option names, grant it, and set the option. */
  public static List<String> secretCommands(CharmPlan plan) {
    List<String> commands = new ArrayList<>();
    for (ConfigOption o : plan.options()) {
      if (o.isSecret()) {
        commands.add("juju add-secret " + o.name() + " value=...   # prints the secret's URI");
        commands.add("juju grant-secret " + o.name() + " " + plan.name());
        commands.add("juju config " + plan.name() + " " + o.name() + "=secret:...");
      }
    }
    return commands;
  }

  /**
   * The commands that deploy the Charmhub charms this charm relates to and integrate it with every charm it
   * relates to.
   */
  public static List<String> integrateCommands(CharmPlan plan, CharmPlans plans) {
    List<String> commands = new ArrayList<>();
    for (RelationPlan r : plans.relationsOf(plan.service())) {
      plans.charmhubApp(r.provider()).ifPresent(app -> commands.add("juju deploy " + app.charm() + " --channel "
          + codeWord(app.channel(), "CHANNEL") + (app.base() != null ? " --base " + app.base() : "")
          + (app.trust() ? " --trust" : "")));
      commands.add("juju integrate " + plans.charmName(r.consumer()) + ":" + r.consumerEndpoint() + " "
          + plans.charmName(r.provider()) + ":" + r.providerEndpoint());
    }
    return commands;
  }

  /** The warnings about the service, one line each. */
  public static List<String> notes(List<Diagnostic> notes) {
    return notes.stream().map(n -> n.message() + " (" + n.keyPath() + ")").toList();
  }

  public static String defaultText(ConfigOption o) {
    if (o.defaultValue() == null) {
      return o.required() ? "(required)" : "(unset)";
    }
    if (o.defaultValue() instanceof BigDecimal b) {
      return b.toPlainString();
    }
    return o.defaultValue().toString();
  }

  /** Words as one shell command line. */
  public static String shellLine(List<String> argv) {
    return argv.stream().map(Escapers::shellWord).collect(Collectors.joining(" "));
  }

  /** A shell word for a code block, or the placeholder when the value would not stay on its line. */
  public static String codeWord(String value, String placeholder) {
    if (value.isEmpty() || NOT_ON_ONE_LINE.matcher(value).find()) {
      return placeholder;
    }
    return Escapers.shellWord(value);
  }

  private static String endpointText(Endpoint e, CharmPlan plan, CharmPlans plans) {
    return switch (e.role()) {
      case REQUIRES -> requiresText(e, plan, plans);
      case PROVIDES -> "publishes this workload's address and ports to the charms that depend on it";
      case PEERS -> "the units of this application (compose ran " + plan.scale() + " replicas)";
    };
  }

  private static String requiresText(Endpoint e, CharmPlan plan, CharmPlans plans) {
    String provider = plans.charmName(e.service()) + " (compose service " + e.service() + ")";
    String what = plan.client(e.name()).map(c -> switch (c.protocol()) {
      case DATA_PLATFORM -> "the endpoint, user and " + c.resourceKey() + " that the Charmhub charm " + provider
          + " makes for this charm";
      case RABBITMQ -> "the host and the password of the user this charm asks the Charmhub charm " + provider
          + " for";
      case UNIT_ADDRESS -> "the address of the Charmhub charm " + provider;
      case INGRESS -> "ingress from the Charmhub charm " + provider + ", which compose ran as a reverse proxy";
      case NONE -> "the Charmhub charm " + provider;
    }).orElse("the address of " + provider);
    return what + (e.optional() ? "; optional" : "; the workload waits for it");
  }
}
