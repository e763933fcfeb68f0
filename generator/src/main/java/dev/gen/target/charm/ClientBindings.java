package dev.gen.target.charm;

import dev.gen.model.EnvVar;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.target.charm.charmhub.CharmhubCharm;
import dev.gen.target.charm.charmhub.Protocol;
import dev.gen.target.charm.charmhub.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which of a consumer's environment values a Charmhub charm provides, and what the consumer asks it for.
 *
 * <p>A variable that does not name the service but plays a role the relation provides is bound to it when its name
 * says the role ({@code *_USER}, {@code *_PASSWORD}, {@code *_DB_NAME}, {@code *_PORT}...) and either its value is
 * the one the replaced image was given for that role ({@code WORDPRESS_DB_USER=wordpress} and
 * {@code MARIADB_USER=wordpress}) or its name points at the service ({@code DB_PASSWORD}, {@code POSTGRES_*}, or
 * the service's own name). What the consumer asks for (the database name...) is what the compose file used.
 */
final class ClientBindings {

  private static final Set<String> PASSWORD_WORDS = Set.of("PASSWORD", "PASS", "PASSWD", "PWD");
  private static final Set<String> USER_WORDS = Set.of("USER", "USERNAME", "LOGIN");

  /** A variable bound to a relation: its endpoint and the piece it is. */
  record Binding(String endpoint, ValuePart.Kind kind) {}

  private final Project project;
  private final Map<String, CharmhubApp> clients;

  /** @param clients the consumer's requires endpoints that go to Charmhub charms, with the charm */
  ClientBindings(Project project, Map<String, CharmhubApp> clients) {
    this.project = project;
    this.clients = clients;
  }

  /** The Charmhub charm of an endpoint, if it goes to one. */
  Optional<CharmhubApp> app(String endpoint) {
    return Optional.ofNullable(clients.get(endpoint));
  }

  /** The relation a variable that names no service is filled from, if one provides its role unambiguously. */
  Optional<Binding> standalone(EnvVar env) {
    List<Binding> byValue = new ArrayList<>();
    List<Binding> byName = new ArrayList<>();
    for (Map.Entry<String, CharmhubApp> e : clients.entrySet()) {
      CharmhubApp app = e.getValue();
      if (!app.row().protocol().consumable()) {
        continue;
      }
      Role role = roleOf(env.name(), app.row());
      if (role == null || !app.row().provides(role)) {
        continue;
      }
      Binding binding = new Binding(e.getKey(), kind(role));
      String provided = providerValue(app, role);
      if (provided != null && provided.equals(env.value())) {
        byValue.add(binding);
      } else if (mentions(env.name(), app)) {
        byName.add(binding);
      }
    }
    if (byValue.size() == 1) {
      return Optional.of(byValue.get(0));
    }
    return byValue.isEmpty() && byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
  }

  /** The role a variable's name says it plays, for a service of this kind. */
  static Role roleOf(String envName, CharmhubCharm row) {
    List<String> words = words(envName);
    if (words.isEmpty()) {
      return null;
    }
    String last = words.get(words.size() - 1);
    if (words.stream().anyMatch(PASSWORD_WORDS::contains)) {
      return Role.PASSWORD;
    }
    if (USER_WORDS.contains(last)) {
      return Role.USERNAME;
    }
    if (last.equals("PORT")) {
      return Role.PORT;
    }
    if (row.databaseTokens().contains(last)
        || (last.equals("NAME") && words.stream().anyMatch(row.databaseTokens()::contains))) {
      return Role.DATABASE;
    }
    return null;
  }

  /** True when the variable's name points at the service: a word of its kind or of the service's name. */
  private boolean mentions(String envName, CharmhubApp app) {
    List<String> words = words(envName);
    List<String> serviceWords = words(app.service());
    return words.stream().anyMatch(w -> app.row().tokens().contains(w) || serviceWords.contains(w));
  }

  private static List<String> words(String name) {
    return Arrays.stream(name.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")).filter(w -> !w.isEmpty()).toList();
  }

  static ValuePart.Kind kind(Role role) {
    return ValuePart.Kind.valueOf(role.name());
  }

  /** The value the replaced service's compose environment gives a role, or null. */
  String providerValue(CharmhubApp app, Role role) {
    Service provider = project.service(app.service()).orElse(null);
    if (provider == null) {
      return null;
    }
    for (String name : app.row().providerEnv(role)) {
      Optional<EnvVar> env = provider.env(name);
      if (env.isPresent() && env.get().value() != null && !env.get().value().isEmpty()) {
        return env.get().value();
      }
    }
    return null;
  }

  /**
   * The client plan of an endpoint: what the consumer's leader asks for. The resource is named as compose named it:
   * the replaced image's own variable ({@code POSTGRES_DB}), else the consumer's value for it, else the consumer's
   * application name.
   */
  ClientPlan plan(String endpoint, String appName, List<RelationEnv> relationEnv) {
    CharmhubApp app = clients.get(endpoint);
    CharmhubCharm row = app.row();
    Map<String, String> request = new TreeMap<>();
    Integer port = null;
    switch (row.protocol()) {
      case DATA_PLATFORM -> {
        request.put(row.requestKey(), resourceName(app, endpoint, relationEnv, appName));
        request.put("requested-secrets", "[\"username\", \"password\"]");
        request.putAll(row.extraRequest());
      }
      case RABBITMQ -> {
        String user = providerValue(app, Role.USERNAME);
        String consumerUser = consumerValue(endpoint, ValuePart.Kind.USERNAME, relationEnv);
        request.put("username", user != null ? user : consumerUser != null ? consumerUser : appName);
        String vhost = resourceName(app, endpoint, relationEnv, null);
        request.put(row.requestKey(), vhost != null ? vhost : "/");
        port = row.port();
      }
      default -> { }
    }
    return new ClientPlan(endpoint, app.service(), app.charm(), row.protocol(), request,
        row.protocol() == Protocol.UNIT_ADDRESS || row.protocol() == Protocol.INGRESS ? "" : row.requestKey(),
        row.hostKey(), port);
  }

  private String resourceName(CharmhubApp app, String endpoint, List<RelationEnv> relationEnv, String fallback) {
    String own = providerValue(app, Role.DATABASE);
    if (own != null) {
      return own;
    }
    String consumer = consumerValue(endpoint, ValuePart.Kind.DATABASE, relationEnv);
    return consumer != null ? consumer : fallback;
  }

  private static String urlDecode(String text) {
    try {
      return java.net.URLDecoder.decode(text.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  /** The compose text of the first piece of this kind the consumer's values take from the endpoint. */
  private static String consumerValue(String endpoint, ValuePart.Kind kind, List<RelationEnv> relationEnv) {
    for (RelationEnv r : relationEnv) {
      for (ValuePart p : r.parts()) {
        boolean same = p.kind() == kind
            || (kind == ValuePart.Kind.DATABASE && p.kind() == ValuePart.Kind.DATABASE_PATH);
        if (same && endpoint.equals(p.endpoint()) && !p.text().isEmpty()) {
          return p.kind() == ValuePart.Kind.DATABASE_PATH ? urlDecode(p.text()) : p.text();
        }
      }
    }
    return null;
  }
}
