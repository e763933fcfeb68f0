package dev.gen.target.blueprint;

import dev.gen.diag.GenException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the blueprint target is asked for.
 *
 * @param style how services become entities
 * @param location the location spec written into the blueprint ({@code localhost}, {@code named:my-cloud},
 *     {@code docker}, or a YAML/JSON map such as {@code {localhost: {address: 127.0.0.1}}}), or null to leave the
 *     choice to the deployer
 * @param catalogVersion the version of every catalog item
 * @param secretSupplier the name of the Brooklyn external-config supplier that holds the secrets
 *     ({@code brooklyn.external.<name>} in {@code brooklyn.properties})
 */
public record BlueprintOptions(BlueprintStyle style, String location, String catalogVersion, String secretSupplier) {

  public static final String DEFAULT_CATALOG_VERSION = "0.1.0";
  public static final String DEFAULT_SECRET_SUPPLIER = "gen";

  /** Catalog versions Brooklyn accepts without surprises: OSGi-like dotted versions with a qualifier. */
  private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+){0,2}([.-][A-Za-z0-9_-]+)?");

  /** Supplier names end up inside DSL expressions and property names: keep them to a plain word. */
  private static final Pattern SUPPLIER = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

  public BlueprintOptions {
    Objects.requireNonNull(style, "style");
    catalogVersion = catalogVersion == null ? DEFAULT_CATALOG_VERSION : catalogVersion;
    secretSupplier = secretSupplier == null ? DEFAULT_SECRET_SUPPLIER : secretSupplier;
    if (!VERSION.matcher(catalogVersion).matches()) {
      throw GenException.usage("catalog version '" + catalogVersion
          + "' is not a version Brooklyn accepts (use digits and dots, such as 1.2.0, with an optional -qualifier)");
    }
    if (!SUPPLIER.matcher(secretSupplier).matches()) {
      throw GenException.usage("secret supplier '" + secretSupplier
          + "' must be a word of letters, digits, '_' and '-', starting with a letter");
    }
    if (location != null && location.isBlank()) {
      location = null;
    }
  }

  public static BlueprintOptions of(BlueprintStyle style) {
    return new BlueprintOptions(style, null, null, null);
  }

  public BlueprintOptions withLocation(String newLocation) {
    return new BlueprintOptions(style, newLocation, catalogVersion, secretSupplier);
  }
}
