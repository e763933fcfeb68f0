package dev.gen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.SourceKind;
import dev.gen.model.Volume;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Key paths of diagnostics resolved to the service and the key of the mapping table they name. */
class KeyPathsTest {

  private final KeyPaths paths = new KeyPaths(new Project("p", SourceKind.COMPOSE,
      List.of(Service.builder("web").build(), Service.builder("web.v2").build(), Service.builder("my.db").build()),
      List.of(new Volume("data.v1", false, null, null, Map.of(), Map.of(), null)), List.of(), List.of(), List.of(),
      null, null));

  private String row(String keyPath) {
    return paths.resolve(keyPath).rowId();
  }

  @Test
  void servicesAndTheirKeys() {
    assertEquals(new KeyPaths.Resolved("web", null), paths.resolve("services.web"));
    assertEquals(new KeyPaths.Resolved("web.v2", "services.*.image"), paths.resolve("services.web.v2.image"));
    assertEquals("services.*.ports", row("services.web.ports"));
    assertEquals("services.*.ports", row("services.web.ports[3]"));
    assertEquals("services.*.ports[].host_ip", row("services.web.ports[3].host_ip"));
    assertEquals("services.*.labels", row("services.web.labels.org.opencontainers.image.title"));
    assertEquals("services.*.restart", row("services.web.restart.delay"), "below a leaf: the leaf");
    assertEquals("services.*.x-juju", row("services.web.x-juju.channel"));
    assertEquals("services.*.cap_add", row("services.web.cap_add[0]"));
  }

  @Test
  void namesWithDotsAreMatchedAgainstTheProject() {
    assertEquals("services.*.depends_on.*.condition", row("services.web.depends_on.my.db.condition"));
    assertEquals(new KeyPaths.Resolved("my.db", "services.*.healthcheck.start_period"),
        paths.resolve("services.my.db.healthcheck.start_period"));
    assertEquals("services.*.networks", row("services.web.networks.back"));
    assertEquals("services.*.networks.*.aliases", row("services.web.networks.back.aliases"));
    assertEquals("volumes.*.driver_opts", row("volumes.data.v1.driver_opts"));
    assertEquals("services.*.deploy.resources.limits.cpus", row("services.web.deploy.resources.limits.cpus"));
    assertEquals("services.*.deploy.placement.preferences[].spread",
        row("services.web.deploy.placement.preferences[0].spread"));
  }

  @Test
  void whatNamesNoKey() {
    assertEquals(new KeyPaths.Resolved(null, null), paths.resolve(""));
    assertEquals(new KeyPaths.Resolved(null, null), paths.resolve("x-common"));
    assertEquals(new KeyPaths.Resolved("web", null), paths.resolve("services.web.x-notes"));
    assertEquals("name", row("name"));
    assertEquals("networks.*.ipam", row("networks.back.ipam"), "keys the model does not carry have rows too");
  }
}
