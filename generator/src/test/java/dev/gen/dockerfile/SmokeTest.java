package dev.gen.dockerfile;

import dev.gen.diag.Diagnostics;
import dev.gen.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void print() {
    for (String f : new String[] {"dockerfiles/api", "dockerfiles/web", "dockerfiles/worker", "shop/frontend"}) {
      Diagnostics w = new Diagnostics();
      Path p = Fixtures.root().resolve(f).resolve("Dockerfile");
      DockerfileFacts facts = DockerfileLoader.load(p, LoadOptions.defaults(), w);
      System.out.println(FactsText.render(facts, w));
    }
  }
}
