package dev.gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {

  @TempDir Path dir;

  private GenRunner.Result gen(String... args) {
    return GenRunner.in(dir).run(args);
  }

  private Path compose(String yaml) throws IOException {
    Path f = dir.resolve("compose.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  @Test
  void printsJsonLikeDockerComposeWithDollarsEscaped() throws IOException {
    Path f = compose("name: demo\nservices:\n  web:\n    image: nginx\n    command: echo \"$$HOME\"\n");
    GenRunner.Result r = gen("config", "--format", "json", "-f", f.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("""
        {
          "name": "demo",
          "networks": {
            "default": {
              "ipam": {},
              "name": "demo_default"
            }
          },
          "services": {
            "web": {
              "command": [
                "echo",
                "$$HOME"
              ],
              "entrypoint": null,
              "image": "nginx",
              "networks": {
                "default": null
              }
            }
          }
        }
        """, r.out());
  }

  /** {@code -o FILE} as docker compose config has it, with gen's safe writing: --check, --dry-run, --force. */
  @Test
  void savesIntoAFileWithTheWriterRules() throws IOException {
    Path f = compose("name: demo\nservices:\n  web:\n    image: nginx\n");
    String printed = gen("config", f.toString()).out();
    GenRunner.Result saved = gen("config", f.toString(), "-o", "out/demo.yaml");
    assertEquals(0, saved.code(), saved.err());
    assertEquals(printed, Files.readString(dir.resolve("out/demo.yaml")));
    assertEquals(0, gen("config", f.toString(), "-o", "out/demo.yaml", "--check").code(), "up to date");
    Files.writeString(f, "name: demo\nservices:\n  web:\n    image: nginx:1.27\n");
    GenRunner.Result stale = gen("config", f.toString(), "-o", "out/demo.yaml", "--check");
    assertEquals(3, stale.code(), stale.out());
    assertTrue(stale.out().contains("+    image: nginx:1.27"), stale.out());
    assertEquals(0, gen("config", f.toString(), "-o", "out/demo.yaml").code(), "gen's own file is replaced");
    Files.writeString(dir.resolve("out/demo.yaml"), "mine\n");
    assertEquals(1, gen("config", f.toString(), "-o", "out/demo.yaml").code(), "a changed file is not");
    assertEquals("mine\n", Files.readString(dir.resolve("out/demo.yaml")));
    assertEquals(0, gen("config", f.toString(), "-o", "out/demo.yaml", "--force").code());
    assertEquals(2, gen("config", f.toString(), "--check").code(), "--check needs -o");
    GenRunner.Result model = gen("model", f.toString(), "-o", "out/model.json");
    assertEquals(0, model.code(), model.err());
    assertEquals(gen("model", f.toString()).out(), Files.readString(dir.resolve("out/model.json")));
  }

  @Test
  void printsYamlByDefault() throws IOException {
    Path f = compose("name: demo\nservices:\n  web:\n    image: nginx\n    environment: {ON: \"yes\"}\n");
    GenRunner.Result r = gen("config", f.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("""
        name: demo
        networks:
          default:
            ipam: {}
            name: demo_default
        services:
          web:
            command: null
            entrypoint: null
            environment:
              "ON": "yes"
            image: nginx
            networks:
              default: null
        """, r.out());
  }

  @Test
  void warningsGoToStderr() throws IOException {
    Path f = compose("version: \"3\"\nservices:\n  web:\n    image: \"nginx:${TAG}\"\n");
    GenRunner.Result r = gen("config", "-f", f.toString());
    assertEquals(0, r.code());
    assertTrue(r.err().contains("warning: The \"TAG\" variable is not set. Defaulting to a blank string."), r.err());
    assertTrue(r.err().contains("the attribute `version` is obsolete"), r.err());
    assertEquals("", gen("config", "-q", "-f", f.toString()).err());
    assertEquals(1, gen("config", "--error-on-warning", "-f", f.toString()).code());
  }

  @Test
  void errorsAreLocatedWithExitCodeOne() throws IOException {
    Path f = compose("services:\n  web:\n    image: nginx\n    imagee: typo\n");
    GenRunner.Result r = gen("config", "-f", f.toString());
    assertEquals(1, r.code());
    assertEquals("""
        compose.yaml:4:5: error: validating compose.yaml: services.web Additional property imagee is not allowed
            4 |     imagee: typo
              |     ^
          key: services.web.imagee
        """, r.err());
    assertEquals("", r.out());
  }

  @Test
  void optionsLikeDockerCompose() throws IOException {
    compose("services:\n  web:\n    image: \"nginx:${TAG:-latest}\"\n  dbg:\n    image: busybox\n"
        + "    profiles: [debug]\n");
    Files.writeString(dir.resolve("prod.env"), "TAG=1.27\n");
    GenRunner.Result r = gen("config", "--format", "json", "--project-directory", dir.toString(), "-p", "custom",
        "--env-file", dir.resolve("prod.env").toString(), "--profile", "debug");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"name\": \"custom\""), r.out());
    assertTrue(r.out().contains("\"image\": \"nginx:1.27\""), r.out());
    assertTrue(r.out().contains("\"dbg\""), r.out());
    GenRunner.Result raw = gen("config", "--format", "json", "--no-interpolate", "-f", dir.resolve("compose.yaml").toString());
    assertTrue(raw.out().contains("\"image\": \"nginx:$${TAG:-latest}\""), raw.out());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, gen("config", "--format", "xml").code());
  }
}
