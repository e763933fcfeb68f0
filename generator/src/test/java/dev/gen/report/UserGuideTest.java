package dev.gen.report;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gen.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The excerpts of output in {@code docs/user-guide.md} are real: each block after an
 * {@code <!-- excerpt: FILE -->} marker appears in that approved file, its parts in order and each part line for
 * line ({@code ...} separates parts).
 */
class UserGuideTest {

  private static final Pattern EXCERPT =
      Pattern.compile("<!-- excerpt: (\\S+) -->\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void excerptsAreRealOutput() throws IOException {
    Path root = Fixtures.repositoryRoot();
    String guide = Files.readString(root.resolve("docs/user-guide.md"));
    Matcher m = EXCERPT.matcher(guide);
    int excerpts = 0;
    while (m.find()) {
      excerpts++;
      List<String> file = Files.readAllLines(root.resolve(m.group(1)));
      int from = 0;
      for (List<String> part : parts(m.group(2))) {
        int at = find(file, part, from);
        if (at < 0) {
          fail(m.group(1) + " does not hold, after line " + from + ":\n" + String.join("\n", part));
        }
        from = at + part.size();
      }
    }
    assertTrue(excerpts >= 6, "the guide quotes real output: " + excerpts + " excerpts");
  }

  private static List<List<String>> parts(String block) {
    List<List<String>> parts = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : block.split("\n", -1)) {
      if (line.equals("...")) {
        parts.add(current);
        current = new ArrayList<>();
      } else {
        current.add(line);
      }
    }
    parts.add(current);
    parts.removeIf(List::isEmpty);
    return parts;
  }

  private static int find(List<String> file, List<String> part, int from) {
    for (int i = from; i + part.size() <= file.size(); i++) {
      if (file.subList(i, i + part.size()).equals(part)) {
        return i;
      }
    }
    return -1;
  }
}
