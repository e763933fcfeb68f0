package dev.gen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The project consistency checks and their messages (Docker Compose 2.26.1's wording). */
class ConsistencyChecksTest {

  @TempDir Path dir;

  static Stream<Arguments> invalidProjects() {
    return Stream.of(
        Arguments.of("services:\n  a: {build: .}\n  b: {}\n",
            "service \"b\" has neither an image nor a build context specified: invalid compose project"),
        Arguments.of("services:\n  a: {image: x, network_mode: host, networks: [n]}\nnetworks: {n: {}}\n",
            "service a declares mutually exclusive `network_mode` and `networks`: invalid compose project"),
        Arguments.of("services:\n  a: {image: x, networks: [nope]}\n",
            "service \"a\" refers to undefined network nope: invalid compose project"),
        Arguments.of("services:\n  a: {image: x, volumes: [\"nope:/x\"]}\n",
            "service \"a\" refers to undefined volume nope: invalid compose project"),
        Arguments.of("services:\n  a: {image: x, secrets: [nope]}\n",
            "service \"a\" refers to undefined secret nope: invalid compose project"),
        Arguments.of("services:\n  a: {image: x, configs: [nope]}\n",
            "service \"a\" refers to undefined config nope: invalid compose project"),
        Arguments.of("services:\n  a: {image: x, depends_on: [b]}\n",
            "service \"a\" depends on undefined service \"b\": invalid compose project"),
        Arguments.of("services:\n  a: {image: x, links: [b]}\n",
            "service \"a\" depends on undefined service \"b\": invalid compose project"),
        Arguments.of("services:\n  a: {image: x, depends_on: [a]}\n", "dependency cycle detected: a -> a"),
        Arguments.of("services:\n  a: {image: x, healthcheck: {test: [X]}}\n",
            "healthcheck.test must start either by \"CMD\", \"CMD-SHELL\" or \"NONE\""),
        Arguments.of("services:\n  a: {image: x, scale: 2, deploy: {replicas: 3}}\n",
            "services.a: can't set distinct values on 'scale' and 'deploy.replicas': invalid compose project"),
        Arguments.of("services:\n  a: {image: x, mem_limit: 1g, deploy: {resources: {limits: {memory: 2g}}}}\n",
            "services.a: can't set distinct values on 'mem_limit' and 'deploy.resources.limits.memory': invalid"
                + " compose project"),
        Arguments.of("services:\n  a: {image: x, cpus: 1, deploy: {resources: {limits: {memory: 2g}}}}\n",
            "services.a: can't set distinct values on 'cpus' and 'deploy.resources.limits.cpus': invalid compose"
                + " project"),
        Arguments.of("services:\n  a: {image: x, container_name: cname, scale: 2}\n",
            "services.a: can't set container_name and scale as container name must be unique: invalid compose"
                + " project"),
        Arguments.of("services:\n  a: {image: x, deploy: {resources: {reservations: {devices: [{capabilities: [gpu],"
            + " count: 1, device_ids: [\"0\"]}]}}}}\n", "services.a.deploy.resources.reservations.devices.[]:"
            + " \"count\" and \"device_ids\" attributes are exclusive"),
        Arguments.of("services: {a: {image: x}}\nconfigs: {c: {}}\n",
            "configs.c: one of file|environment|content must be set"),
        Arguments.of("services: {a: {image: x}}\nconfigs: {c: {file: x, content: y}}\n",
            "configs.c: file|environment|content attributes are mutually exclusive"),
        Arguments.of("services: {a: {image: x}}\nvolumes: {v: {external: true, driver: local}}\n",
            "volumes.v: conflicting parameters \"external\" and \"driver\" specified"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidProjects")
  void rejects(String yaml, String message) {
    assertEquals(message, TestProjects.error(dir, yaml).first().message());
  }
}
