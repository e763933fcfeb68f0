package dev.gen.target.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gen.diag.SourceLocation;
import dev.gen.model.EnvVar;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.ServiceReference;
import dev.gen.model.SourceKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AddressesTest {

  private static final SourceLocation AT = SourceLocation.UNKNOWN;

  private static Project project(EnvVar env) {
    Service app = Service.builder("app").image("x").addEnvironment(env).build();
    Service db = Service.builder("db").image("y").build();
    Service cache = Service.builder("cache").image("z").build();
    return new Project("p", SourceKind.COMPOSE, List.of(app, cache, db), null, null, null, null, null, null);
  }

  @Test
  void aUrlKeepsEverythingButHostAndPortAndEscapesPercent() {
    String v = "postgres://u@db:5432/x?a=100%25";
    EnvVar e = referencing("URL", v, AT, url("db", v, "db:5432"));
    Addresses vm = new Addresses(project(e), BlueprintStyle.VM);
    assertEquals(Dsl.formatString("postgres://u@%s:%s/x?a=100%%25", List.of(
        Dsl.attributeWhenReady("db", "host.address"), Dsl.entityConfig("db", "published.5432.port"))), vm.wire(e));
    assertEquals(Set.of(5432), vm.referencedPorts("db"));
    Addresses container = new Addresses(project(e), BlueprintStyle.CONTAINER);
    assertEquals(Dsl.formatString("postgres://u@%s/x?a=100%%25", List.of(
        Dsl.attributeWhenReady("db", "docker.port.5432.mapped.public"))), container.wire(e));
    assertEquals(List.of("docker.port.5432.mapped.public"), container.readSensors("db"));
  }

  @Test
  void aWholeValueHostIsTheAddressItself() {
    EnvVar e = referencing("DB_HOST", "db", AT,
        new ServiceReference("db", ServiceReference.Kind.HOST, 0, 2, null, -1, -1));
    assertEquals(Dsl.attributeWhenReady("db", "host.address"), new Addresses(project(e), BlueprintStyle.VM).wire(e));
    assertEquals(Dsl.attributeWhenReady("db", "host.subnet.address"),
        new Addresses(project(e), BlueprintStyle.CONTAINER).wire(e));
  }

  @Test
  void aListOfHostsAndPortsIsRewrittenPiecewise() {
    String v = "db:1,cache:2";
    EnvVar e = referencing("PEERS", v, AT,
        new ServiceReference("cache", ServiceReference.Kind.HOST_PORT, 5, 10, 2, 11, 12),
        new ServiceReference("db", ServiceReference.Kind.HOST_PORT, 0, 2, 1, 3, 4));
    assertEquals(Dsl.formatString("%s:%s,%s:%s", List.of(
        Dsl.attributeWhenReady("db", "host.address"), Dsl.entityConfig("db", "published.1.port"),
        Dsl.attributeWhenReady("cache", "host.address"), Dsl.entityConfig("cache", "published.2.port"))),
        new Addresses(project(e), BlueprintStyle.VM).wire(e));
  }

  @Test
  void referencesThatCannotBeRewrittenStayText() {
    // to a service that is not deployed, and with offsets outside the value
    EnvVar e = referencing("X", "gone:1 db", AT,
        new ServiceReference("gone", ServiceReference.Kind.HOST_PORT, 0, 4, 1, 5, 6),
        new ServiceReference("db", ServiceReference.Kind.HOST, 7, 99, null, -1, -1));
    Addresses a = new Addresses(project(e), BlueprintStyle.VM);
    assertFalse(a.wires(e));
  }

  private static EnvVar referencing(String name, String value, SourceLocation location, ServiceReference... refs) {
    return new EnvVar(name, value, false, null, List.of(refs), location);
  }

  /** A URL reference: {@code authority} is the {@code host:port} text inside {@code value}. */
  private static ServiceReference url(String service, String value, String authority) {
    int start = value.indexOf(authority, value.indexOf("://") + 3);
    int colon = authority.indexOf(':');
    int hostEnd = start + colon;
    int port = Integer.parseInt(authority.substring(colon + 1));
    return new ServiceReference(service, ServiceReference.Kind.URL, start, hostEnd, port, hostEnd + 1,
        start + authority.length());
  }

  @Test
  void secretsAreNeverWired() {
    EnvVar e = new EnvVar("URL", "postgres://u:p@db/x", true, "url-credentials",
        List.of(new ServiceReference("db", ServiceReference.Kind.URL, 15, 17, null, -1, -1)), AT);
    assertFalse(new Addresses(project(e), BlueprintStyle.VM).wires(e));
  }
}
