package dev.gen.target.bundle;

import java.util.List;
import java.util.Map;

/**
 * A Juju model for a whole project: what {@code bundle.yaml}, the deploy script and the README say. Made by
 * {@link BundlePlanner} from the charm plans; every list is in a deterministic order.
 *
 * @param project the project's name
 * @param kubernetes true for a Kubernetes bundle
 * @param defaultBase the machine bundle's default base, or null
 * @param applications one per service, sorted by name
 * @param relations one per dependency gen can relate, sorted
 * @param secrets the Juju secrets the deployment needs, sorted by name
 * @param images the images to build and push before deploying (built services of a Kubernetes bundle)
 * @param trust true when an application needs {@code juju deploy --trust}
 */
public record BundlePlan(
    String project,
    boolean kubernetes,
    String defaultBase,
    List<Application> applications,
    List<Relation> relations,
    List<Secret> secrets,
    List<Image> images,
    boolean trust) {

  public BundlePlan {
    applications = List.copyOf(applications);
    relations = List.copyOf(relations);
    secrets = List.copyOf(secrets);
    images = List.copyOf(images);
  }

  /**
   * One application.
   *
   * @param name the application name (the service's safe name)
   * @param service the compose service
   * @param charm the charm reference: a local path ({@code ./charms/...}) or a Charmhub charm name
   * @param charmDir the generated charm's folder in the output ({@code charms/web-k8s}), or null for a Charmhub charm
   * @param channel the Charmhub channel, or null
   * @param base the application's base, or null for the bundle's default
   * @param units how many units
   * @param resources resource name → image reference (Kubernetes charms)
   * @param options option name → value (String, Long, BigDecimal or Boolean), sorted by name
   * @param constraints Juju constraints, such as {@code mem=512M cores=2}, or empty
   * @param storage storage name → directive, sorted by name
   * @param expose true when compose published a port
   * @param trust true when the charm needs {@code --trust}
   * @param to placement directives (a Kubernetes node selector), or empty
   */
  public record Application(
      String name,
      String service,
      String charm,
      String charmDir,
      String channel,
      String base,
      int units,
      Map<String, String> resources,
      Map<String, Object> options,
      String constraints,
      Map<String, String> storage,
      boolean expose,
      boolean trust,
      List<String> to) {

    public Application {
      resources = Map.copyOf(resources);
      options = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(options));
      storage = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(storage));
      to = List.copyOf(to);
    }

    public boolean isCharmhub() {
      return charmDir == null;
    }
  }

  /** A relation: {@code [a, b]}, each {@code application:endpoint}. */
  public record Relation(String a, String b, String interfaceName) {}

  /**
   * A Juju user secret the deployment creates and grants.
   *
   * @param name the secret's name in the model
   * @param variable the environment variable the deploy script reads its value from
   * @param description what it holds, for {@code juju add-secret --info}
   * @param origin where compose took the value from, for the README
   * @param grants the applications and the option of each that names the secret
   */
  public record Secret(String name, String variable, String description, String origin, List<Grant> grants) {

    public Secret {
      grants = List.copyOf(grants);
    }
  }

  /** An application's secret option. */
  public record Grant(String application, String option) {}

  /**
   * An image built from a service's sources.
   *
   * @param service the compose service
   * @param reference the image reference the bundle deploys
   * @param context the build context
   */
  public record Image(String service, String reference, String context) {}
}
