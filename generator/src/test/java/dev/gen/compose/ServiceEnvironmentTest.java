package dev.gen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code env_file} and {@code label_file} merged under {@code environment} and {@code labels}. */
class ServiceEnvironmentTest {

  @TempDir Path dir;

  @Test
  void envFilesUnderTheServiceEnvironment() {
    TestProjects.write(dir, Map.of(".env", "SETV=fromdotenv\n", "a.env", "A=a1\nB=${A}-b\n",
        "c.env", "C=${B}-c\nD=${SETV}\nKEYONLY=fromfile\n", "l.env", "L1=one\nL2=two\n",
        "raw.env", "R='quoted' # kept\nS=${NOT_EXPANDED}\n"));
    JsonNode a = TestProjects.model(dir, """
        services:
          a:
            image: x
            env_file:
              - a.env
              - path: missing.env
                required: false
              - path: c.env
              - path: raw.env
                format: raw
            environment: [OWN=1, A=own, KEYONLY]
            label_file: l.env
            labels: {L2: own}
        """).get("services").get("a");
    assertEquals("own", a.get("environment").get("A").asString(), "the service's own entries win");
    assertEquals("a1-b", a.get("environment").get("B").asString(), "files see the files read before");
    assertEquals("a1-b-c", a.get("environment").get("C").asString());
    assertEquals("fromdotenv", a.get("environment").get("D").asString(), "then the project environment");
    assertEquals("1", a.get("environment").get("OWN").asString());
    assertEquals("null", a.get("environment").get("KEYONLY").toString(), "a key-only entry stays unset");
    assertEquals("'quoted' # kept", a.get("environment").get("R").asString());
    assertEquals("${NOT_EXPANDED}", a.get("environment").get("S").asString());
    assertEquals("{\"L1\":\"one\",\"L2\":\"own\"}", a.get("labels").toString());
    assertFalse(a.has("env_file"));
    assertFalse(a.has("label_file"));
  }
}
