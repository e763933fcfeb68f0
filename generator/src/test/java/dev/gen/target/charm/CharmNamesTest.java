package dev.gen.target.charm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharmNamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "web|web",
      "My_Service|my-service",
      "redis-1|redis1",
      "redis_2_cache|redis2-cache",
      "1st-db|app1st-db",
      "123|app123",
      "2-fa|app2fa",
      "--a--b--|a-b",
      "café.au.lait|caf-au-lait",
      "___|app",
      "UPPER.CASE|upper-case",
      "db-k8s|db-k8s",
      "web-2-b|web2-b",
  })
  void safeNames(String raw, String expected) {
    String name = CharmNames.safeName(raw, 40);
    assertEquals(expected, name);
    assertTrue(CharmNames.SAFE_NAME.matcher(name).matches(), name);
  }

  @Test
  void longNamesAreCutAtAHyphenAndStayValid() {
    String name = CharmNames.charmName("a-really-long-service-name-that-goes-on-and-on-forever", CharmFlavour.K8S);
    assertEquals("a-really-long-service-name-that-goes-k8s", name);
    assertTrue(name.length() <= 40 && CharmNames.SAFE_NAME.matcher(name).matches(), name);
    String oneWord = CharmNames.charmName("x".repeat(60), CharmFlavour.K8S);
    assertEquals("x".repeat(36) + "-k8s", oneWord);
  }

  @Test
  void flavourSuffixIsAddedOnce() {
    assertEquals("web-k8s", CharmNames.charmName("web", CharmFlavour.K8S));
    assertEquals("web-k8s", CharmNames.charmName("web-k8s", CharmFlavour.K8S));
    assertEquals("web", CharmNames.charmName("web", CharmFlavour.MACHINE));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "WORDPRESS_DB_USER|wordpress-db-user",
      "lower_case|lower-case",
      "A__B|a-b",
      "_LEADING|leading",
      "9LIVES|env-9lives",
      "__|env",
      "X.Y-Z|x-y-z",
  })
  void optionNames(String envVar, String expected) {
    assertEquals(expected, CharmNames.optionName(envVar));
  }

  @Test
  void uniqueNamesCountUpAndFoldHyphensLikeOps() {
    Set<String> taken = new HashSet<>(Set.of("db", "db_2"));
    assertEquals("db-3", CharmNames.unique("db", taken));
    assertEquals("cache", CharmNames.unique("cache", taken));
  }

  @Test
  void pythonClassNames() {
    assertEquals("ShopApiCharm", CharmNames.pythonClassName("shop-api"));
    assertEquals("App1stDbCharm", CharmNames.pythonClassName("app1st-db"));
  }

  @Test
  void reservedNames() {
    assertTrue(CharmNames.isReserved("juju"));
    assertTrue(CharmNames.isReserved("juju-info"));
    assertEquals(false, CharmNames.isReserved("jujube"));
  }
}
