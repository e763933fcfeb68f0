package dev.gen.target.charm;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.ServiceIndex;
import dev.gen.target.charm.charmhub.CharmhubCharm;
import dev.gen.target.charm.charmhub.CharmhubCharms;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Decides which services are deployed from a maintained Charmhub charm instead of a generated one.
 *
 * <p>A service's {@code x-juju} hint decides first: {@code charm: <name>} (a charm of {@link CharmhubCharms} for the
 * flavour) replaces it, {@code charm: generated} keeps the generated charm, and {@code channel: <channel>} chooses
 * the channel. Otherwise, with {@code --use-charmhub}, a service that pulls a well-known image is replaced when
 * every generated charm that depends on it can talk to the Charmhub charm (else it keeps its generated charm, with
 * a warning): a database, cache or broker always; a reverse proxy only when it proxies to another service.
 */
final class CharmhubSelector {

  static final String HINT_CHARM = "charm";
  static final String HINT_CHANNEL = "channel";
  static final String GENERATED = "generated";

  private static final Pattern CHANNEL = Pattern.compile("^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*){0,2}$");

  private CharmhubSelector() {}

  static Map<String, CharmhubApp> select(
      Project project, CharmOptions options, Map<String, String> baseNames, Diagnostics diagnostics) {
    Map<String, CharmhubApp> chosen = new TreeMap<>();
    Map<String, Boolean> hinted = new TreeMap<>();
    for (Service s : project.services()) {
      Object charmHint = s.hints().juju().get(HINT_CHARM);
      String channel = channelHint(s);
      Optional<CharmhubApp> app;
      if (charmHint != null) {
        app = fromHint(s, charmHint, channel, options.flavour(), baseNames.get(s.name()));
        hinted.put(s.name(), true);
      } else if (options.useCharmhub()) {
        app = fromImage(s, channel, options.flavour(), baseNames.get(s.name()), diagnostics);
      } else {
        app = Optional.empty();
      }
      app.ifPresent(a -> chosen.put(s.name(), a));
      if (app.isEmpty() && channel != null) {
        diagnostics.warn("charm.unmapped", "x-juju.channel of service " + s.name() + " is ignored: the service is"
            + " not deployed from Charmhub", s.location(), path(s) + "." + HINT_CHANNEL);
      }
    }
    // a generated charm must be able to use what the Charmhub charm provides; otherwise keep the service's own charm
    ServiceIndex index = new ServiceIndex(project);
    for (String service : List.copyOf(chosen.keySet())) {
      if (hinted.containsKey(service)) {
        continue;
      }
      CharmhubApp app = chosen.get(service);
      Service proxy = index.service(service).orElseThrow();
      if (app.row().onlyAsProxy() && proxy.dependencies().stream().noneMatch(d -> !chosen.containsKey(d.service())
          && index.service(d.service()).map(CharmhubSelector::listens).orElse(false))) {
        chosen.remove(service);
        diagnostics.notice("charm.charmhub-skipped", "service " + service + " runs " + proxy.image() + " but"
            + " depends on no generated service that listens on a port, so it is not taken for a reverse proxy; it"
            + " gets a generated charm", proxy.location(), "services." + service + ".image");
        continue;
      }
      for (Service dependent : index.dependents(service)) {
        if (!chosen.containsKey(dependent.name()) && !app.row().protocol().consumable()) {
          chosen.remove(service);
          Service s = index.service(service).orElseThrow();
          diagnostics.warn("charm.charmhub-skipped", "service " + service + " keeps its generated charm: "
              + dependent.name() + " depends on it, and a generated charm cannot use the " + app.row().interfaceName()
              + " interface of " + app.charm(), s.location(), "services." + s.name() + ".image");
          break;
        }
      }
    }
    return chosen;
  }

  private static boolean listens(Service s) {
    return !s.ports().isEmpty() || !s.expose().isEmpty();
  }

  private static Optional<CharmhubApp> fromHint(
      Service s, Object hint, String channel, CharmFlavour flavour, String appName) {
    String at = path(s) + "." + HINT_CHARM;
    if (!(hint instanceof String name) || name.isBlank()) {
      throw GenException.at(s.location(), at, "charm.invalid-hint",
          "x-juju.charm of service " + s.name() + " must be a Charmhub charm name or '" + GENERATED + "'");
    }
    if (name.equals(GENERATED)) {
      return Optional.empty();
    }
    Optional<CharmhubCharm> row = CharmhubCharms.forCharm(name, flavour);
    if (row.isEmpty()) {
      Optional<CharmhubCharm> other = CharmhubCharms.forAnyCharm(name);
      String message = other.isPresent()
          ? "x-juju.charm of service " + s.name() + ": " + name + " is not a " + flavour.id() + " charm"
              + other.get().choice(flavour).map(c -> "; the " + flavour.id() + " flavour uses " + c.charm())
                  .orElse("; Charmhub has no " + flavour.id() + " charm for it")
          : "x-juju.charm of service " + s.name() + ": gen does not know the Charmhub charm " + name
              + "; it knows " + String.join(", ", CharmhubCharms.charmNames(flavour));
      throw GenException.at(s.location(), at, "charm.invalid-hint", message)
          .withHint("use one of the charms gen knows, or '" + GENERATED + "' to generate the charm");
    }
    return Optional.of(app(s, row.get(), channel, flavour, appName, "its x-juju hint"));
  }

  private static Optional<CharmhubApp> fromImage(
      Service s, String channel, CharmFlavour flavour, String appName, Diagnostics diagnostics) {
    if (s.isBuilt() || s.image() == null) {
      return Optional.empty();
    }
    Optional<CharmhubCharm> row = CharmhubCharms.forImage(s.image());
    if (row.isEmpty()) {
      return Optional.empty();
    }
    if (row.get().choice(flavour).isEmpty()) {
      diagnostics.notice("charm.charmhub-skipped", "Charmhub has no maintained " + flavour.id() + " charm for the"
          + " image " + s.image() + "; service " + s.name() + " gets a generated charm", s.location(),
          "services." + s.name() + ".image");
      return Optional.empty();
    }
    if (row.get().onlyAsProxy() && s.dependencies().isEmpty()) {
      diagnostics.notice("charm.charmhub-skipped", "service " + s.name() + " runs " + s.image() + " without"
          + " depending on another service, so it is not taken for a reverse proxy; it gets a generated charm",
          s.location(), "services." + s.name() + ".image");
      return Optional.empty();
    }
    return Optional.of(app(s, row.get(), channel, flavour, appName, "--use-charmhub"));
  }

  private static CharmhubApp app(
      Service s, CharmhubCharm row, String channel, CharmFlavour flavour, String appName, String why) {
    CharmhubCharm.Choice choice = row.choice(flavour).orElseThrow();
    return new CharmhubApp(s.name(), appName, row, choice.charm(), channel != null ? channel : choice.channel(),
        choice.base(), choice.trust(), Math.max(1, s.deployment().replicas()), why);
  }

  private static String channelHint(Service s) {
    Object channel = s.hints().juju().get(HINT_CHANNEL);
    if (channel == null) {
      return null;
    }
    if (!(channel instanceof String c) || !CHANNEL.matcher(c).matches()) {
      throw GenException.at(s.location(), path(s) + "." + HINT_CHANNEL, "charm.invalid-hint",
          "x-juju.channel of service " + s.name() + " must be a Charmhub channel such as 14/stable");
    }
    return c;
  }

  private static String path(Service s) {
    return "services." + s.name() + ".x-juju";
  }
}
