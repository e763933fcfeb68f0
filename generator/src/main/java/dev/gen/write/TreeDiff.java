package dev.gen.write;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/** Unified diffs between what is on disk and what gen would write: the output of {@code --check}. */
public final class TreeDiff {

  private static final int CONTEXT = 3;

  private TreeDiff() {}

  /** The diff of every change in the plan, in path order; empty when the plan changes nothing. */
  public static String of(WritePlan plan) {
    StringBuilder sb = new StringBuilder();
    for (WritePlan.Change c : plan.changes()) {
      if (c.action() == WritePlan.Action.UNCHANGED) {
        continue;
      }
      String oldName = c.oldContent() == null ? "/dev/null" : "a/" + c.path();
      String newName = c.newContent() == null ? "/dev/null" : "b/" + c.path();
      String oldText = text(c.oldContent());
      String newText = text(c.newContent());
      if (oldText == null || newText == null) {
        sb.append("Binary files ").append(oldName).append(" and ").append(newName).append(" differ\n");
        continue;
      }
      if (oldText.equals(newText)) {
        sb.append("--- ").append(oldName).append("\n+++ ").append(newName).append("\n@@ file mode changes to ")
            .append(c.executable() ? "executable" : "not executable").append(" @@\n");
        continue;
      }
      List<String> oldLines = lines(oldText);
      List<String> newLines = lines(newText);
      Patch<String> patch = DiffUtils.diff(oldLines, newLines);
      for (String line : UnifiedDiffUtils.generateUnifiedDiff(oldName, newName, oldLines, patch, CONTEXT)) {
        sb.append(line).append('\n');
      }
    }
    return sb.toString();
  }

  private static List<String> lines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> lines = Arrays.asList(text.split("\n", -1));
    return text.endsWith("\n") ? lines.subList(0, lines.size() - 1) : lines;
  }

  /** The content as UTF-8 text, "" for null (absent), or null when it is not valid UTF-8. */
  private static String text(byte[] content) {
    if (content == null) {
      return "";
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
