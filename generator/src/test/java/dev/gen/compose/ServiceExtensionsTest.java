package dev.gen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.SourceLocation;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.compose.ComposeModelMapper;
import dev.gen.testing.Fixtures;
import dev.gen.yaml.YJson;
import dev.gen.yaml.YMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code fixtures/hints/}: {@code x-juju} and {@code x-brooklyn} at the top level and on services. The normalized
 * model leaves service extensions out, as Docker Compose's does ({@code gen config} prints the same as before);
 * {@link ComposeProject#serviceExtensions()} keeps them, merged across files and filtered by profiles, for the
 * service model.
 */
class ServiceExtensionsTest {

  private static ComposeProject load(List<String> profiles) {
    ComposeRequest request = ComposeRequest.of(List.of(), Fixtures.fixture("hints"), Map.of())
        .withProfiles(profiles);
    return ComposeLoader.load(request, new Diagnostics());
  }

  @Test
  void theNormalizedModelHasNoServiceExtensions() {
    ComposeProject p = load(List.of());
    String json = YJson.write(p.model());
    assertTrue(json.contains("\"x-owner\""), "top-level extensions stay, as Compose prints them");
    YMap services = p.model().getMap("services");
    for (String name : services.keys()) {
      assertTrue(services.getMap(name).keys().stream().noneMatch(k -> k.startsWith("x-")), name);
    }
  }

  @Test
  void serviceExtensionsAreKeptWithTheirLocations() {
    ComposeProject p = load(List.of());
    assertEquals(List.of("db", "web"), List.copyOf(p.serviceExtensions().keySet()), "debug is not active");
    YMap web = p.extensionsOf("web");
    assertEquals(List.of("x-juju", "x-notes"), List.copyOf(web.keys()));
    assertEquals(new SourceLocation("compose.override.yaml", 3, 5), web.keyLocation("x-juju"),
        "the override file replaces an extension whole, as Compose merges x- keys");
    assertFalse(web.getMap("x-juju").has("channel"));
    assertTrue(p.extensionsOf("nothing").isEmpty());
    assertTrue(load(List.of("debug")).serviceExtensions().containsKey("debug"));
  }

  @Test
  void theModelReadsServiceHints() {
    Diagnostics diagnostics = new Diagnostics();
    Project model = new ComposeModelMapper().map(load(List.of()), diagnostics);
    assertTrue(model.hints().isEmpty(), "no target reads a project-wide hint yet");
    Service web = model.service("web").orElseThrow();
    assertEquals("Hello, world", web.branding().title());
    assertEquals("A page that says hello to the world.", web.branding().summary());
    assertEquals(Map.of(), web.hints().brooklyn());
    assertEquals(Map.of("charm", "postgresql-k8s", "channel", "14/stable"),
        model.service("db").orElseThrow().hints().juju());
    assertEquals(List.of("services.web.x-notes", "x-owner"),
        diagnostics.all().stream().map(d -> d.keyPath()).sorted().toList(), "other extensions are notices");
  }
}
