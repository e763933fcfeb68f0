package dev.gen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gen.diag.GenException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Short syntaxes and their long forms, as Docker Compose 2.26.1 prints them. */
class CanonicalFormsTest {

  @TempDir Path dir;

  private JsonNode service(String body) {
    return TestProjects.model(dir, "services:\n  a:\n    image: x\n" + body.indent(4)
        + "volumes: {named: {}, data2: {external: true}}\nsecrets: {s1: {file: ./s1.txt}}\n").get("services")
        .get("a");
  }

  @Test
  void ports() throws PortSpec.PortException {
    assertEquals("[{\"mode\":\"ingress\",\"protocol\":\"tcp\",\"published\":\"8080\",\"target\":80},"
        + "{\"host_ip\":\"127.0.0.1\",\"mode\":\"ingress\",\"protocol\":\"udp\",\"published\":\"9000\",\"target\":9000},"
        + "{\"host_ip\":\"127.0.0.1\",\"mode\":\"ingress\",\"protocol\":\"udp\",\"published\":\"9001\",\"target\":9001},"
        + "{\"mode\":\"ingress\",\"protocol\":\"tcp\",\"target\":443}]",
        service("ports: [\"8080:80\", \"127.0.0.1:9000-9001:9000-9001/udp\", 443]").get("ports").toString());
    assertEquals("[\"10/tcp\", \"8/tcp\", \"9/tcp\"]".replace("\"", ""),
        PortSpec.parse("8-10:8-10").stream().map(p -> p.target() + "/tcp").toList().toString(),
        "expanded ports are ordered by their text key, as Docker does");
    assertEquals("7000-7002", PortSpec.parse("7000-7002:7000").get(0).published());
    assertEquals("::1", PortSpec.parse("[::1]:6001:6001").get(0).hostIp());
    assertEquals("sctp", PortSpec.parse("5353:53/sctp").get(0).protocol());
    assertEquals("Invalid containerPort: b", assertThrows(PortSpec.PortException.class,
        () -> PortSpec.parse("a:b")).getMessage());
    assertEquals("No port specified: <empty>", assertThrows(PortSpec.PortException.class,
        () -> PortSpec.parse("")).getMessage());
    assertEquals("Invalid proto: xyz", assertThrows(PortSpec.PortException.class,
        () -> PortSpec.parse("80/xyz")).getMessage());
    assertEquals("Invalid ranges specified for container and host Ports: 80-81 and 90-92",
        assertThrows(PortSpec.PortException.class, () -> PortSpec.parse("90-92:80-81")).getMessage());
    GenException e = assertThrows(GenException.class, () -> service("ports: [\"a:b\"]"));
    assertEquals("Invalid containerPort: b", e.first().message());
  }

  @Test
  void volumes() {
    JsonNode v = service("""
        volumes:
          - ./data:/data:ro,z
          - named:/n:nocopy
          - /anon
          - data2:/d2:rshared
          - {type: tmpfs, target: /t, tmpfs: {size: 1m, mode: 0755}}
          - {type: volume, target: /data/}
        """).get("volumes");
    assertEquals("{\"bind\":{\"create_host_path\":true,\"selinux\":\"z\"},\"read_only\":true,\"source\":\"<DIR>/data\","
        + "\"target\":\"/data\",\"type\":\"bind\"}", v.get(0).toString());
    assertEquals("{\"source\":\"named\",\"target\":\"/n\",\"type\":\"volume\",\"volume\":{\"nocopy\":true}}",
        v.get(1).toString());
    assertEquals("{\"target\":\"/anon\",\"type\":\"volume\",\"volume\":{}}", v.get(2).toString());
    assertEquals("{\"bind\":{\"propagation\":\"rshared\"},\"source\":\"data2\",\"target\":\"/d2\",\"type\":\"volume\","
        + "\"volume\":{}}", v.get(3).toString());
    assertEquals("{\"target\":\"/t\",\"tmpfs\":{\"mode\":493,\"size\":\"1048576\"},\"type\":\"tmpfs\"}",
        v.get(4).toString());
    assertEquals("/data", v.get(5).get("target").asString());
  }

  @Test
  void volumeSpecs() throws VolumeSpec.VolumeException {
    assertEquals("C:\\win", VolumeSpec.parse("C:\\win:/win").source);
    assertEquals("bind", VolumeSpec.parse("C:\\win:/win").type);
    assertEquals("c:d", VolumeSpec.parse("a:b:c:d").target);
    assertEquals("invalid spec: :/x: empty section between colons",
        assertThrows(VolumeSpec.VolumeException.class, () -> VolumeSpec.parse(":/x")).getMessage());
    assertEquals("/z", VolumeSpec.cleanPath("/z/./"));
    assertEquals("/y", VolumeSpec.cleanPath("/x/../y/"));
    assertEquals("../a", VolumeSpec.cleanPath("../a"));
  }

  @Test
  void everythingElse() {
    JsonNode a = service("""
        command: echo "hello $$HOME" 'single quoted' && ignored
        entrypoint: []
        environment: [A=1, B, C=x=y]
        labels: [l1=a, l2]
        expose: [80, "90-91/udp"]
        dns: 8.8.8.8
        tmpfs: /run
        extra_hosts: {h2: "::1", h1: 1.2.3.4}
        devices: ["/dev/a:/dev/b:rwm", /dev/c]
        secrets: [s1]
        gpus: all
        healthcheck: {test: curl -f http://localhost || exit 1, interval: 90s, timeout: 1500ms}
        stop_grace_period: 1h
        mem_limit: 1.5g
        ulimits: {nproc: 65535, nofile: {soft: 1, hard: 2}}
        build: .
        """);
    assertEquals("[\"echo\",\"hello $HOME\",\"single quoted\"]", a.get("command").toString());
    assertEquals("[]", a.get("entrypoint").toString());
    assertEquals("{\"A\":\"1\",\"B\":null,\"C\":\"x=y\"}", a.get("environment").toString());
    assertEquals("{\"l1\":\"a\",\"l2\":\"\"}", a.get("labels").toString());
    assertEquals("[\"80\",\"90-91/udp\"]", a.get("expose").toString());
    assertEquals("[\"8.8.8.8\"]", a.get("dns").toString());
    assertEquals("[\"/run\"]", a.get("tmpfs").toString());
    assertEquals("[\"h1=1.2.3.4\",\"h2=::1\"]", a.get("extra_hosts").toString());
    assertEquals("{\"permissions\":\"rwm\",\"source\":\"/dev/c\",\"target\":\"/dev/c\"}",
        a.get("devices").get(1).toString());
    assertEquals("[{\"count\":-1}]", a.get("gpus").toString());
    assertEquals("{\"interval\":\"1m30s\",\"test\":[\"CMD-SHELL\",\"curl -f http://localhost || exit 1\"],"
        + "\"timeout\":\"1.5s\"}", a.get("healthcheck").toString());
    assertEquals("1h0m0s", a.get("stop_grace_period").asString());
    assertEquals("1610612736", a.get("mem_limit").asString());
    assertEquals("{\"nofile\":{\"hard\":2,\"soft\":1},\"nproc\":65535}", a.get("ulimits").toString());
    assertEquals("{\"context\":\"<DIR>\",\"dockerfile\":\"Dockerfile\"}", a.get("build").toString());
  }

  @Test
  void extensionKeysAreDroppedFromServicesButNotFromUserMaps() {
    JsonNode m = TestProjects.model(dir, """
        x-top: {kept: true}
        services:
          a:
            image: x
            x-meta: dropped
            environment: {x-flag: "1"}
            labels: {x-team: core}
        """);
    assertEquals("{\"kept\":true}", m.get("x-top").toString());
    JsonNode a = m.get("services").get("a");
    assertEquals(false, a.has("x-meta"));
    assertEquals("{\"x-flag\":\"1\"}", a.get("environment").toString());
    assertEquals("{\"x-team\":\"core\"}", a.get("labels").toString());
  }

  @Test
  void resourcesGetNames() {
    JsonNode m = TestProjects.model(dir, """
        name: demo
        services: {a: {image: x, networks: [n1, n2, n3]}}
        networks:
          n1: {}
          n2: {external: true}
          n3: {external: {name: legacy}}
        """);
    assertEquals("demo_n1", m.get("networks").get("n1").get("name").asString());
    assertEquals("n2", m.get("networks").get("n2").get("name").asString());
    assertEquals("legacy", m.get("networks").get("n3").get("name").asString());
    assertEquals("{}", m.get("networks").get("n1").get("ipam").toString());
  }

  @Test
  void implicitDependencies() {
    JsonNode m = TestProjects.model(dir, """
        services:
          a: {image: x}
          b: {image: x, links: ["a:alias"]}
          c: {image: x, volumes_from: [a, "container:other"]}
          d: {image: x, network_mode: "service:a"}
        """).get("services");
    for (String s : List.of("b", "d")) {
      assertEquals("{\"a\":{\"condition\":\"service_started\",\"required\":true,\"restart\":true}}",
          m.get(s).get("depends_on").toString(), s);
    }
    assertEquals("{\"a\":{\"condition\":\"service_started\",\"required\":true}}", m.get("c").get("depends_on")
        .toString());
  }
}
