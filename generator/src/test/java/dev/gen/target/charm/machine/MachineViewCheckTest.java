package dev.gen.target.charm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.ValuePart;
import dev.gen.target.charm.charmhub.Protocol;
import dev.gen.target.charm.machine.MachineCharmView.Build;
import dev.gen.target.charm.machine.MachineCharmView.Endpoint;
import dev.gen.target.charm.machine.MachineCharmView.EnvEntry;
import dev.gen.target.charm.machine.MachineCharmView.Port;
import dev.gen.target.charm.machine.MachineCharmView.SecretFile;
import dev.gen.target.charm.machine.MachineCharmView.Storage;
import dev.gen.target.charm.machine.MachineCharmView.Volume;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each thing the hooks could not carry out faithfully is refused with its own clear message. */
class MachineViewCheckTest {

  private static final SourceLocation HERE = new SourceLocation("compose.yaml", 7, 5);

  static MachineCharmView.Builder base() {
    return MachineCharmView.builder("web", "web").pull("nginx:1", null).location(HERE);
  }

  static Stream<Arguments> broken() {
    return Stream.<Arguments>of(
        refused("a NUL byte in a value", b -> b.env(EnvEntry.text("A", "x\0y")), "services.web.environment.A",
            "NUL byte"),
        refused("a NUL byte in a command word", b -> b.command(List.of("a\0")), "services.web.command", "NUL byte"),
        refused("a variable name with =", b -> b.env(EnvEntry.text("A=B", "x")), "services.web.environment.A=B",
            "holds '='"),
        refused("a variable given twice", b -> b.env(EnvEntry.text("A", "1")).env(EnvEntry.text("A", "2")),
            "services.web.environment.A", "given twice"),
        refused("a mount path with a colon", b -> b.volume(new Volume("data", "/a:b", false, HERE)),
            "services.web.volumes.data", "must be absolute and hold no ':' or ','"),
        refused("a relative mount path", b -> b.storage(new Storage("data", "data", false, HERE)),
            "services.web.volumes.data", "must be absolute"),
        refused("two mounts at one path", b -> b.volume(new Volume("a", "/d", false, HERE))
            .volume(new Volume("b", "/d", false, HERE)), "services.web.volumes.b", "two mounts at /d"),
        refused("a bad volume name", b -> b.volume(new Volume("-x", "/d", false, HERE)),
            "services.web.volumes.-x", "not a valid volume name"),
        refused("a storage name that is no file name", b -> b.storage(new Storage("../x", "/d", false, HERE)),
            "services.web", "storage name '../x'"),
        refused("an endpoint name that is no file name",
            b -> b.endpoint(new Endpoint("a/b", Endpoint.Role.REQUIRES, true)), "services.web", "endpoint name"),
        refused("an endpoint declared twice", b -> b.endpoint(new Endpoint("db", Endpoint.Role.REQUIRES, true))
            .endpoint(new Endpoint("db", Endpoint.Role.PROVIDES, false)), "services.web", "declared twice"),
        refused("a value from an endpoint the charm lacks",
            b -> b.env("URL", EnvPart.FromRelation.host("db", "db")), "services.web.environment.URL",
            "endpoint db, which the charm does not have"),
        refused("credentials from a generated charm",
            b -> b.endpoint(new Endpoint("db", Endpoint.Role.REQUIRES, true))
                .env("URL", new EnvPart.FromRelation(ValuePart.Kind.PASSWORD, "db", "")),
            "services.web.environment.URL", "which is not a Charmhub charm's"),
        refused("a port that is no number",
            b -> b.endpoint(new Endpoint("db", Endpoint.Role.REQUIRES, true))
                .env("URL", new EnvPart.FromRelation(ValuePart.Kind.PORT, "db", "54x")),
            "services.web.environment.URL", "is not a port number"),
        refused("a Charmhub charm without its endpoint",
            b -> b.client(new MachineCharmView.Client("database", Protocol.DATA_PLATFORM, "postgresql",
                "database", "", null, Map.of("database", "app"))), "services.web.depends_on",
            "needs one requires endpoint"),
        refused("a request with a key relation-set would misread",
            b -> b.endpoint(new Endpoint("database", Endpoint.Role.REQUIRES, true))
                .client(new MachineCharmView.Client("database", Protocol.DATA_PLATFORM, "postgresql",
                    "database", "", null, Map.of("a=b", "app"))), "services.web.depends_on", "the key 'a=b'"),
        refused("a request with an empty value, which would delete the key",
            b -> b.endpoint(new Endpoint("database", Endpoint.Role.REQUIRES, true))
                .client(new MachineCharmView.Client("database", Protocol.DATA_PLATFORM, "postgresql",
                    "database", "", null, Map.of("database", ""))), "services.web.depends_on", "an empty value"),
        refused("a secret key Juju would not accept",
            b -> b.env("P", new EnvPart.FromSecret("password", "Value#1")), "services.web.environment.P",
            "not a Juju secret key"),
        refused("a secret file owner by name",
            b -> b.secretFile(new SecretFile("pw", "value", "/run/secrets/pw", null, "www-data", HERE)),
            "services.web.secrets.pw", "owner 'www-data'"),
        refused("a build context outside the repository",
            b -> b.build(new Build("", "", "../elsewhere", "Dockerfile", "", "", Map.of())), "services.web.build",
            "inside the repository"),
        refused("a Dockerfile outside the repository",
            b -> b.build(new Build("", "", "app", "../../Dockerfile", "", "", Map.of())), "services.web.build",
            "inside the repository"),
        refused("an absolute build context", b -> b.build(new Build("", "", "/src", null, "", "", Map.of())),
            "services.web.build", "inside the repository"),
        refused("a build argument name with =",
            b -> b.build(new Build("", "", ".", null, "", "", Map.of("A=B", "1"))), "services.web.build.args",
            "build argument name"),
        refused("a host port that is no port", b -> b.port(new Port(80, "80; rm", "", "tcp")),
            "services.web.ports.80", "is not a host address, host port and protocol"),
        refused("a host address that is no address", b -> b.port(new Port(80, "80", "0.0.0.0 -p 1", "tcp")),
            "services.web.ports.80", "is not a host address"),
        refused("an unknown protocol", b -> b.port(new Port(80, "", "", "quic")), "services.web.ports.80",
            "is not a host address"),
        refused("an unknown restart policy", b -> b.restart("sometimes"), "services.web.restart",
            "restart policy 'sometimes'"),
        refused("a run option that is no option", b -> b.runOptions(List.of("--cap-add", "NET_ADMIN")),
            "services.web", "runtime option 'NET_ADMIN'"),
        refused("a label name with =", b -> b.label("a=b", "c"), "services.web.labels.a=b", "label name"),
        refused("an empty option name", b -> b.env("X", new EnvPart.FromOption("", EnvPart.OptionType.STRING)),
            "services.web.environment.X", "option name is empty"));
  }

  private static Arguments refused(String what, UnaryOperator<MachineCharmView.Builder> breakIt, String keyPath,
      String message) {
    return Arguments.of(what, breakIt, keyPath, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void isRefused(String what, UnaryOperator<MachineCharmView.Builder> breakIt, String keyPath, String message) {
    MachineHooksRenderer renderer = new MachineHooksRenderer(TemplateEngine.builtIn());
    renderer.render(base().build());
    MachineCharmView view = breakIt.apply(base()).build();
    GenException e = assertThrows(GenException.class, () -> renderer.render(view));
    assertEquals(MachineViewCheck.CODE, e.first().code());
    assertEquals(keyPath, e.first().keyPath());
    assertTrue(e.first().message().contains(message), e.first().message());
    assertEquals(HERE, e.first().location());
  }
}
