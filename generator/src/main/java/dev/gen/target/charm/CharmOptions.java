package dev.gen.target.charm;

import dev.gen.diag.GenException;
import java.util.List;

/**
 * What the user asked for: the flavour, the base the charm runs on, and the services to write charms for.
 *
 * @param base the charm's base, such as {@code ubuntu@24.04}
 * @param services the services to write charms for, in the order given; empty means all services
 * @param useCharmhub true to deploy well-known images from maintained Charmhub charms (a service's
 *     {@code x-juju.charm} hint decides for itself either way)
 */
public record CharmOptions(CharmFlavour flavour, String base, List<String> services, boolean useCharmhub) {

  public static final String DEFAULT_BASE = "ubuntu@24.04";

  /**
   * The bases gen writes charms for: LTS bases that charmcraft builds without a {@code build-base} and whose
   * Python runs ops 3 (3.10 and later). 20.04 is left out (Python 3.8, out of standard support).
   */
  public static final List<String> SUPPORTED_BASES = List.of("ubuntu@22.04", "ubuntu@24.04", "ubuntu@26.04");

  public CharmOptions {
    flavour = flavour == null ? CharmFlavour.K8S : flavour;
    base = base == null ? DEFAULT_BASE : base;
    services = services == null ? List.of() : List.copyOf(services);
    if (!SUPPORTED_BASES.contains(base)) {
      throw GenException.usage("unsupported base '" + base + "'; gen writes charms for "
          + String.join(", ", SUPPORTED_BASES));
    }
  }

  /** Options that generate a charm for every well-known image (no {@code --use-charmhub}). */
  public CharmOptions(CharmFlavour flavour, String base, List<String> services) {
    this(flavour, base, services, false);
  }

  public static CharmOptions defaults() {
    return new CharmOptions(CharmFlavour.K8S, DEFAULT_BASE, List.of());
  }

  public CharmOptions withFlavour(CharmFlavour newFlavour) {
    return new CharmOptions(newFlavour, base, services, useCharmhub);
  }

  public CharmOptions withServices(List<String> newServices) {
    return new CharmOptions(flavour, base, newServices, useCharmhub);
  }

  public CharmOptions withCharmhub(boolean use) {
    return new CharmOptions(flavour, base, services, use);
  }

  /** The base's version, such as {@code 24.04}. */
  public String baseChannel() {
    return base.substring(base.indexOf('@') + 1);
  }
}
