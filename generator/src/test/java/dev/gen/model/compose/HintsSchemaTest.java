package dev.gen.model.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.input.InputLoader;
import dev.gen.input.InputRequest;
import dev.gen.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schemas/x-hints.schema.json} as the loader applies it: a wrong hint is an error at the hint, never ignored. */
class HintsSchemaTest {

  @TempDir Path dir;

  private Project load(String compose) throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), compose);
    return new InputLoader().load(InputRequest.of(List.of(dir.resolve("compose.yaml")), dir, Map.of()),
        new Diagnostics());
  }

  private List<String> errors(String compose) {
    GenException e = assertThrows(GenException.class, () -> load(compose));
    return e.diagnostics().stream().map(Diagnostic::format).toList();
  }

  @Test
  void everyHintATargetReadsIsAccepted() throws IOException {
    Project p = load("""
        services:
          db:
            image: postgres:16
            x-juju:
              title: The database
              summary: Keeps the orders.
              description: PostgreSQL, with the shop's schema.
              website: https://www.postgresql.org
              source: https://github.com/postgres/postgres
              documentation: https://www.postgresql.org/docs/
              issues: https://www.postgresql.org/support/
              charm: postgresql-k8s
              channel: 14/stable
            x-brooklyn: {}
        x-juju: {}
        x-brooklyn:
        """);
    assertEquals("The database", p.service("db").orElseThrow().branding().title());
    assertEquals("14/stable", p.service("db").orElseThrow().hints().jujuString("channel"));
  }

  @Test
  void anUnknownHintIsAnErrorAtItsKey() {
    assertEquals(List.of("compose.yaml:5:7: error: x-juju of service web has no hint chanel; the hints it takes are"
        + " channel, charm, description, documentation, issues, source, summary, title, website"
        + " [services.web.x-juju.chanel]"), errors("""
        services:
          web:
            image: nginx
            x-juju:
              chanel: 14/stable
        """));
  }

  @Test
  void brooklynAndProjectWideHintsHaveNoKeysYet() {
    assertEquals(List.of(
        "compose.yaml:2:3: error: x-juju at the top level has no hint bundle-title: no target reads one here yet"
            + " [x-juju.bundle-title]"), errors("""
        x-juju:
          bundle-title: Shop
        services:
          web:
            image: nginx
        """));
    assertEquals(List.of(
        "compose.yaml:5:7: error: x-brooklyn of service web has no hint location: no target reads one here yet"
            + " [services.web.x-brooklyn.location]"), errors("""
        services:
          web:
            image: nginx
            x-brooklyn:
              location: localhost
        """));
  }

  @Test
  void wrongValuesAreErrorsAtTheValue() {
    assertEquals(List.of(
        "compose.yaml:5:16: error: x-juju.channel of service web must be a Charmhub channel such as 14/stable or"
            + " latest/edge [services.web.x-juju.channel]",
        "compose.yaml:6:16: error: x-juju.website of service web must be an http or https URL"
            + " [services.web.x-juju.website]",
        "compose.yaml:7:14: error: x-juju.title of service web must be text that is not blank"
            + " [services.web.x-juju.title]",
        "compose.yaml:8:14: error: x-juju.charm of service web must be a Charmhub charm name (lower-case letters,"
            + " digits and single hyphens) or 'generated' [services.web.x-juju.charm]"), errors("""
        services:
          web:
            image: nginx
            x-juju:
              channel: "14/stable; rm -rf /"
              website: javascript:alert(1)
              title: "   "
              charm: Postgres
        """));
  }

  @Test
  void hintsMustBeMappingsOfStrings() {
    assertEquals(List.of("compose.yaml:4:13: error: x-juju of service web must be a mapping of hints"
        + " [services.web.x-juju]"), errors("""
        services:
          web:
            image: nginx
            x-juju: postgresql-k8s
        """));
    assertEquals(List.of("compose.yaml:5:14: error: x-juju.title of service web must be a string"
        + " [services.web.x-juju.title]"), errors("""
        services:
          web:
            image: nginx
            x-juju:
              title: [a, b]
        """));
  }
}
