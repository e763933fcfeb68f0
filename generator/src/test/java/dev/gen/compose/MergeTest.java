package dev.gen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Multi-file merge rules ({@code -f base -f override}); every expectation was checked against Docker Compose 2.26.1
 * on the same two files.
 */
class MergeTest {

  @TempDir Path dir;

  private JsonNode web;
  private JsonNode model;

  @BeforeEach
  void load() {
    TestProjects.write(dir, Map.of("compose.yaml", """
        services:
          web:
            image: a
            command: ["a", "b"]
            entrypoint: x
            environment: {A: "1", B: "2", C: null}
            labels: [l1=a, l2=b]
            ports: ["8080:80", "9090:90"]
            volumes: ["./a:/a", "named:/n"]
            expose: [80]
            dns: [1.1.1.1]
            cap_add: [NET_ADMIN]
            depends_on: [db]
            networks: [front]
            logging: {driver: json-file, options: {max-size: 1m}}
            healthcheck: {test: [CMD, a], interval: 10s}
            build: ./ctx
            extra_hosts: ["h1:1.1.1.1"]
            ulimits: {nofile: {soft: 1, hard: 2}, nproc: 5}
            secrets: [s1]
            tmpfs: [/t1]
          db:
            image: pg
        networks:
          front: {ipam: {config: [{subnet: 10.0.0.0/24, gateway: 10.0.0.1}]}}
        volumes:
          named: {}
        secrets:
          s1: {file: ./s1}
        x-a: {b: 1}
        """, "override.yaml", """
        services:
          web:
            image: b
            command: c
            entrypoint: ["y"]
            environment: [B=3, D]
            labels: {l2: c, l3: d}
            ports: ["8080:80", {target: 91, published: 9191}]
            volumes: ["./b:/a", "other:/o"]
            expose: ["80", 81]
            dns: 8.8.8.8
            cap_add: [NET_ADMIN, SYS_TIME]
            depends_on: {cache: {condition: service_healthy}}
            networks: {back: {aliases: [x]}}
            logging: {driver: syslog}
            healthcheck: {test: [CMD, b]}
            build: {dockerfile: D2}
            extra_hosts: ["h1:1.1.1.1", "h2:2.2.2.2"]
            ulimits: {nofile: 10}
            secrets: [{source: s1, target: /x}]
            tmpfs: /t2
          cache:
            image: redis
        networks:
          front: {ipam: {config: [{subnet: 10.0.0.0/24, ip_range: 10.0.0.0/25}, {subnet: 10.1.0.0/24}]}}
          back: {}
        volumes:
          other: {}
        x-a: {c: 2}
        """, "s1", ""));
    model = TestProjects.json(TestProjects.load(dir, "compose.yaml", "override.yaml").model(), dir);
    web = model.get("services").get("web");
  }

  @Test
  void scalarsAndCommandsAreReplaced() {
    assertEquals("b", web.get("image").asString());
    assertEquals("[\"c\"]", web.get("command").toString());
    assertEquals("[\"y\"]", web.get("entrypoint").toString());
    assertEquals("[\"CMD\",\"b\"]", web.get("healthcheck").get("test").toString());
    assertEquals("10s", web.get("healthcheck").get("interval").asString());
  }

  @Test
  void keyValueListsMergeByKey() {
    assertEquals("{\"A\":\"1\",\"B\":\"3\",\"C\":null,\"D\":null}", web.get("environment").toString());
    assertEquals("{\"l1\":\"a\",\"l2\":\"c\",\"l3\":\"d\"}", web.get("labels").toString());
  }

  @Test
  void identifiedEntriesMergeByIdentity() {
    assertEquals(3, web.get("ports").size());
    assertEquals("<DIR>/b", web.get("volumes").get(0).get("source").asString());
    assertEquals("/a", web.get("volumes").get(0).get("target").asString());
    assertEquals("[\"80\",\"81\"]", web.get("expose").toString());
    assertEquals("[\"1.1.1.1\",\"8.8.8.8\"]", web.get("dns").toString());
    assertEquals("[\"NET_ADMIN\",\"SYS_TIME\"]", web.get("cap_add").toString());
    assertEquals("[\"/t1\",\"/t2\"]", web.get("tmpfs").toString());
    assertEquals("[\"h1=1.1.1.1\",\"h2=2.2.2.2\"]", web.get("extra_hosts").toString());
    assertEquals(2, web.get("secrets").size());
  }

  @Test
  void mappingsMergePerEntry() {
    assertEquals("[\"cache\",\"db\"]", fieldNames(web.get("depends_on")));
    assertEquals("service_healthy", web.get("depends_on").get("cache").get("condition").asString());
    assertEquals("[\"back\",\"front\"]", fieldNames(web.get("networks")));
    assertEquals("{\"driver\":\"syslog\"}", web.get("logging").toString(), "a new driver drops the options");
    assertEquals("<DIR>/ctx", web.get("build").get("context").asString());
    assertEquals("D2", web.get("build").get("dockerfile").asString());
    assertEquals("{\"nofile\":10,\"nproc\":5}", web.get("ulimits").toString());
  }

  @Test
  void topLevelResourcesAndExtensions() {
    assertEquals("[{\"gateway\":\"10.0.0.1\",\"ip_range\":\"10.0.0.0/25\",\"subnet\":\"10.0.0.0/24\"},"
        + "{\"subnet\":\"10.1.0.0/24\"}]", model.get("networks").get("front").get("ipam").get("config").toString());
    assertEquals("{\"c\":2}", model.get("x-a").toString(), "an extension is replaced, not merged");
  }

  private static String fieldNames(JsonNode n) {
    return YJsonNames.of(n);
  }

  /** Sorted field names as a JSON array. */
  static final class YJsonNames {
    static String of(JsonNode n) {
      java.util.List<String> names = new java.util.ArrayList<>(n.propertyNames());
      names.sort(null);
      return names.stream().map(s -> "\"" + s + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
  }
}
