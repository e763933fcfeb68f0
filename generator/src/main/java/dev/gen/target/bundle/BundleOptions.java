package dev.gen.target.bundle;

import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.CharmOptions;
import java.util.List;

/**
 * What the user asked of {@code gen bundle}.
 *
 * @param flavour Kubernetes (the default) or machine charms
 * @param base the base the generated charms run on (and a machine bundle's {@code default-base})
 * @param useCharmhub true to deploy well-known images from maintained Charmhub charms
 * @param charmRef how the bundle references the generated charms
 */
public record BundleOptions(CharmFlavour flavour, String base, boolean useCharmhub, CharmRef charmRef) {

  /** How a bundle references a local charm. */
  public enum CharmRef {
    /** The {@code .charm} file {@code charmcraft pack} writes in the charm's folder (Juju 4 deploys only these). */
    FILE,
    /** The charm's source folder (Juju 3 deploys it; Juju 4 does not). */
    DIR;

    public static CharmRef of(String id) {
      return switch (id.toLowerCase(java.util.Locale.ROOT)) {
        case "file" -> FILE;
        case "dir" -> DIR;
        default -> throw dev.gen.diag.GenException.usage("unknown charm reference '" + id
            + "'; expected one of: file, dir");
      };
    }
  }

  public BundleOptions {
    CharmOptions checked = new CharmOptions(flavour, base, List.of(), useCharmhub);
    flavour = checked.flavour();
    base = checked.base();
    charmRef = charmRef == null ? CharmRef.FILE : charmRef;
  }

  public static BundleOptions defaults() {
    return new BundleOptions(CharmFlavour.K8S, CharmOptions.DEFAULT_BASE, false, CharmRef.FILE);
  }

  /** The options of the charms the bundle deploys: every service's charm. */
  public CharmOptions charmOptions() {
    return new CharmOptions(flavour, base, List.of(), useCharmhub);
  }

  public BundleOptions withFlavour(CharmFlavour newFlavour) {
    return new BundleOptions(newFlavour, base, useCharmhub, charmRef);
  }

  public BundleOptions withCharmhub(boolean use) {
    return new BundleOptions(flavour, base, use, charmRef);
  }

  public BundleOptions withCharmRef(CharmRef ref) {
    return new BundleOptions(flavour, base, useCharmhub, ref);
  }
}
