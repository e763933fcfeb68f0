package dev.gen.target.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gen.model.Healthcheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpProbeTest {

  private static Healthcheck check(String... test) {
    return new Healthcheck(List.of(test), null, null, null, null, null, false, null);
  }

  @Test
  void recognisesFetchesOfTheContainerItself() {
    assertEquals(new HttpProbe(8080, "/healthz"), HttpProbe.of(check("CMD", "wget", "-qO-",
        "http://localhost:8080/healthz")));
    assertEquals(new HttpProbe(80, "/"), HttpProbe.of(check("CMD", "curl", "-f", "http://127.0.0.1")));
    assertEquals(new HttpProbe(3000, "/a?b=1"), HttpProbe.of(check("CMD-SHELL",
        "wget -q -O- http://localhost:3000/a?b=1 || exit 1")));
  }

  @Test
  void leavesEverythingElse() {
    assertNull(HttpProbe.of(check("CMD-SHELL", "pg_isready -U shop")));
    assertNull(HttpProbe.of(check("CMD", "wget", "http://example.com/")));
    assertNull(HttpProbe.of(check("CMD", "curl", "-f", "http://localhost/", "extra")));
    assertNull(HttpProbe.of(check("CMD-SHELL", "curl -f http://localhost/ && rm -rf /")));
    assertNull(HttpProbe.of(check("CMD", "curl", "http://localhost:99999/")));
    assertNull(HttpProbe.of(check("NONE")));
    assertNull(HttpProbe.of(null));
  }
}
