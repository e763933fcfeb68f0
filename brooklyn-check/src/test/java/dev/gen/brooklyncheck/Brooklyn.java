package dev.gen.brooklyncheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.brooklyn.api.entity.Application;
import org.apache.brooklyn.api.entity.EntitySpec;
import org.apache.brooklyn.api.typereg.RegisteredType;
import org.apache.brooklyn.camp.brooklyn.BrooklynCampPlatformLauncherNoServer;
import org.apache.brooklyn.core.internal.BrooklynProperties;
import org.apache.brooklyn.core.mgmt.EntityManagementUtils;
import org.apache.brooklyn.core.mgmt.internal.LocalManagementContext;
import org.apache.brooklyn.core.server.BrooklynServerConfig;

/**
 * An in-process Brooklyn without a server or OSGi, as brooklyn-server's own YAML tests set one up: a local
 * management context with an empty catalog, and the CAMP platform that turns plans into entity specs.
 */
final class Brooklyn implements AutoCloseable {

  /** The external config supplier the generated blueprints read secrets from (gen's default). */
  static final String SECRET_SUPPLIER = "gen";

  final LocalManagementContext mgmt;

  Brooklyn() {
    BrooklynProperties props = BrooklynProperties.Factory.newEmpty();
    props.put(BrooklynServerConfig.USE_OSGI, false);
    props.put("brooklyn.catalog.url", "classpath://brooklyn/empty.catalog.bom");
    // the supplier the blueprints name; its values are only read when a test resolves them
    props.put("brooklyn.external." + SECRET_SUPPLIER,
        "org.apache.brooklyn.core.config.external.InPlaceExternalConfigSupplier");
    mgmt = new LocalManagementContext(props);
    new BrooklynCampPlatformLauncherNoServer().useManagementContext(mgmt).launch();
  }

  /** The application spec of a blueprint, as Brooklyn builds it before deploying. */
  EntitySpec<? extends Application> spec(String yaml) {
    return EntityManagementUtils.createEntitySpecForApplication(mgmt, yaml);
  }

  /** Instantiates (without starting) the entities of a spec: constructors, init(), config coercion, constraints. */
  Application createUnstarted(EntitySpec<? extends Application> spec) {
    return EntityManagementUtils.createUnstarted(mgmt, spec);
  }

  /**
   * Adds a catalog file's items (replacing earlier versions) and returns every problem Brooklyn reports with
   * them; an empty list means every item resolved.
   */
  List<String> addCatalog(String bom, List<RegisteredType> added) {
    List<String> problems = new ArrayList<>();
    Collection<RegisteredType> types;
    try {
      types = mgmt.getCatalog().addTypesAndValidateAllowInconsistent(bom, null, true);
    } catch (RuntimeException e) {
      problems.add("the catalog was rejected: " + e);
      return problems;
    }
    added.addAll(types);
    Map<RegisteredType, Collection<Throwable>> result = mgmt.getCatalog().validateTypes(types);
    result.forEach((type, errors) -> errors.forEach(e -> problems.add(type.getId() + ": " + e)));
    return problems;
  }

  /** The spec a registered catalog item makes. */
  EntitySpec<?> spec(RegisteredType type) {
    return mgmt.getTypeRegistry().createSpec(type, null, EntitySpec.class);
  }

  @Override
  public void close() {
    mgmt.terminate();
  }
}
