package dev.gen.model.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which {@code org.opencontainers.image.source} labels become the repository a build is cloned from. */
class BuildMapperTest {

  @Test
  void repositoriesGitCanCloneAreKept() {
    for (String url : List.of("https://github.com/example/shop", "https://gitlab.example.com/group/sub/app.git",
        "http://git.example.com/app", "ssh://git@example.com:2222/app.git", "git://example.com/app",
        "git@github.com:example/app.git", "git+ssh://example.com/app")) {
      assertTrue(BuildMapper.isCloneable(url), url);
    }
  }

  @Test
  void anythingElseIsNot() {
    for (String url : List.of("", "see the README", "https://github.com/", "https://", "ftp://example.com/app",
        "file:///src/app", "github.com/example/app", "https://example.com/a b", "https://example.com/x\n",
        "git@github.com:/abs", "mailto:dev@example.com")) {
      assertFalse(BuildMapper.isCloneable(url), url);
    }
    assertFalse(BuildMapper.isCloneable(null));
  }
}
