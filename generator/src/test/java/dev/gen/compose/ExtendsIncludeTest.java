package dev.gen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.GenException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code extends}, {@code include}, {@code !reset} and {@code !override}; checked against Docker Compose 2.26.1. */
class ExtendsIncludeTest {

  @TempDir Path dir;

  @Test
  void extendsInTheSameFileAndFromAnother() {
    TestProjects.write(dir, Map.of("compose.yaml", """
        services:
          base:
            image: base
            environment: {A: "1"}
            ports: ["80:80"]
            command: base-cmd
          web:
            extends: base
            environment: {B: "2"}
            ports: ["81:81"]
          chain:
            extends: {service: web}
            command: chain
          fromfile:
            extends: {file: sub/common.yaml, service: common}
            image: override
          resetting:
            extends: base
            ports: !reset []
            environment: !override {Z: "9"}
        """, "sub/common.yaml", """
        services:
          common:
            image: common
            build: ./app
            env_file: ./common.env
            labels: {from: common}
        """, "sub/common.env", "C=1\n"));
    JsonNode s = TestProjects.json(TestProjects.load(dir, "compose.yaml").model(), dir).get("services");
    assertEquals("{\"A\":\"1\",\"B\":\"2\"}", s.get("web").get("environment").toString());
    assertEquals(2, s.get("web").get("ports").size());
    assertEquals("[\"base-cmd\"]", s.get("web").get("command").toString());
    assertEquals("[\"chain\"]", s.get("chain").get("command").toString());
    assertEquals("{\"A\":\"1\",\"B\":\"2\"}", s.get("chain").get("environment").toString());
    JsonNode f = s.get("fromfile");
    assertEquals("override", f.get("image").asString());
    assertEquals("<DIR>/sub/app", f.get("build").get("context").asString(), "paths rebased to the base's file");
    assertEquals("{\"C\":\"1\"}", f.get("environment").toString());
    JsonNode r = s.get("resetting");
    assertFalse(r.has("ports"));
    assertEquals("{\"Z\":\"9\"}", r.get("environment").toString());
  }

  @Test
  void extendsErrors() {
    GenException e = TestProjects.error(dir, "services:\n  a: {extends: nope, image: x}\n");
    assertEquals("cannot extend service \"a\" in compose.yaml: service \"nope\" not found", e.first().message());
    e = TestProjects.error(dir, "services:\n  a: {extends: {file: other.yaml, service: x}, image: x}\n");
    assertEquals("open other.yaml: no such file or directory", e.first().message());
  }

  @Test
  void includeLoadsAProjectOfItsOwn() {
    TestProjects.write(dir, Map.of("compose.yaml", """
        include:
          - sub/inc.yaml
          - path: other/inc2.yaml
            env_file: other/custom.env
        services:
          web:
            image: web
            depends_on: [incsvc]
        """, "sub/inc.yaml", """
        services:
          incsvc:
            image: inc-${TAG:-def}
            build: .
            volumes: ["./data:/d", "incvol:/v"]
            env_file: inc.env
        volumes:
          incvol: {}
        """, "sub/.env", "TAG=fromincdotenv\n", "sub/inc.env", "E=1\n",
        "other/inc2.yaml", "services:\n  two:\n    image: two-${X}\n", "other/custom.env", "X=fromcustom\n"));
    JsonNode m = TestProjects.json(TestProjects.load(dir, "compose.yaml").model(), dir);
    JsonNode inc = m.get("services").get("incsvc");
    assertEquals("inc-fromincdotenv", inc.get("image").asString());
    assertEquals("<DIR>/sub", inc.get("build").get("context").asString());
    assertEquals("<DIR>/sub/data", inc.get("volumes").get(0).get("source").asString());
    assertEquals("{\"E\":\"1\"}", inc.get("environment").toString());
    assertEquals("two-fromcustom", m.get("services").get("two").get("image").asString());
    assertTrue(m.get("volumes").get("incvol").get("name").asString().endsWith("_incvol"));
  }

  @Test
  void includeConflictsAndCycles() {
    TestProjects.write(dir, Map.of("compose.yaml", "include: [inc.yaml]\nservices:\n  a: {image: local}\n",
        "inc.yaml", "services:\n  a: {image: included}\n"));
    GenException e = assertThrows(GenException.class, () -> TestProjects.load(dir, "compose.yaml"));
    assertEquals("services.a conflicts with imported resource", e.first().message());
    e = TestProjects.error(dir, "include: [compose.yaml]\nservices: {a: {image: x}}\n");
    assertEquals("include cycle detected:\ncompose.yaml\n include compose.yaml", e.first().message());
  }

  @Test
  void resetAndOverrideAcrossFiles() {
    TestProjects.write(dir, Map.of("compose.yaml", """
        services:
          a:
            image: x
            ports: ["80:80"]
            environment: {A: "1", B: "2"}
            command: ["x"]
            networks: [n1]
        networks: {n1: {}, n2: {}}
        """, "override.yaml", """
        services:
          a:
            ports: !reset []
            environment: !override {C: "3"}
            command: !reset null
            networks: !override [n2]
        """));
    JsonNode a = TestProjects.json(TestProjects.load(dir, "compose.yaml", "override.yaml").model(), dir)
        .get("services").get("a");
    assertFalse(a.has("ports"));
    assertEquals("{\"C\":\"3\"}", a.get("environment").toString());
    assertEquals("null", a.get("command").toString());
    assertEquals("{\"n2\":null}", a.get("networks").toString());
  }
}
