package dev.gen.dockerfile.shell;

import dev.gen.dockerfile.gocompat.GoQuote;
import dev.gen.dockerfile.gocompat.GoStrings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * BuildKit's shell-word lexer ({@code frontend/dockerfile/shell/lex.go}): variable substitution ({@code $v},
 * {@code ${v}}, {@code ${v:-w}}, {@code ${v-w}}, {@code ${v:+w}}, {@code ${v+w}}, {@code ${v:?msg}}, {@code ${v?msg}},
 * {@code ${v#pat}}, {@code ${v##pat}}, {@code ${v%pat}}, {@code ${v%%pat}}, {@code ${v/pat/rep}}, {@code ${v//pat/rep}}),
 * quote removal, escapes with a configurable escape character (backslash or backtick) and word splitting after
 * substitution. Instances are immutable and may be shared between threads.
 *
 * <p>Options mirror BuildKit's: {@code rawQuotes} keeps quote characters, {@code rawEscapes} keeps escape
 * characters, {@code skipProcessQuotes} treats quotes as ordinary characters, {@code skipUnsetEnv} leaves unset
 * variables as written. In addition, a variable the {@link ShellEnv} reports as unknown is always left as written.
 *
 * <p>Deliberate differences from BuildKit, all on input BuildKit mishandles: text before a nested
 * {@code ${v:-...}} in the same word is kept by {@link #processWords} (recent BuildKit shares one word buffer
 * between nesting levels and can drop it); results are limited to {@code maxLength} characters and pattern matching
 * to a fixed amount of work, so that hostile input fails instead of exhausting memory or time.
 */
public final class ShellLex {

  /** The default limit on the length of one result, in characters. */
  public static final int DEFAULT_MAX_LENGTH = 4 * 1024 * 1024;

  /** Steps of pattern matching allowed in one call (a step advances one automaton state by one character). */
  static final long PATTERN_WORK = 50_000_000L;

  private static final int EOF = -1;

  private final int escapeToken;
  private final boolean rawQuotes;
  private final boolean rawEscapes;
  private final boolean skipProcessQuotes;
  private final boolean skipUnsetEnv;
  private final int maxLength;

  private ShellLex(int escapeToken, boolean rawQuotes, boolean rawEscapes, boolean skipProcessQuotes,
      boolean skipUnsetEnv, int maxLength) {
    this.escapeToken = escapeToken;
    this.rawQuotes = rawQuotes;
    this.rawEscapes = rawEscapes;
    this.skipProcessQuotes = skipProcessQuotes;
    this.skipUnsetEnv = skipUnsetEnv;
    this.maxLength = maxLength;
  }

  /** A lexer with the given escape character ({@code \} or {@code `}) and no options set. */
  public static ShellLex withEscape(int escapeToken) {
    return new ShellLex(escapeToken, false, false, false, false, DEFAULT_MAX_LENGTH);
  }

  public ShellLex rawQuotes(boolean value) {
    return new ShellLex(escapeToken, value, rawEscapes, skipProcessQuotes, skipUnsetEnv, maxLength);
  }

  public ShellLex rawEscapes(boolean value) {
    return new ShellLex(escapeToken, rawQuotes, value, skipProcessQuotes, skipUnsetEnv, maxLength);
  }

  public ShellLex skipProcessQuotes(boolean value) {
    return new ShellLex(escapeToken, rawQuotes, rawEscapes, value, skipUnsetEnv, maxLength);
  }

  public ShellLex skipUnsetEnv(boolean value) {
    return new ShellLex(escapeToken, rawQuotes, rawEscapes, skipProcessQuotes, value, maxLength);
  }

  public ShellLex maxLength(int value) {
    return new ShellLex(escapeToken, rawQuotes, rawEscapes, skipProcessQuotes, skipUnsetEnv, value);
  }

  public int escapeToken() {
    return escapeToken;
  }

  /** Substitutes and splits {@code text}; both results and the variables met are in the {@link LexResult}. */
  public LexResult process(String text, ShellEnv env) throws ShellLexException {
    Processor p = new Processor(text, env);
    try {
      Part part = p.processStopOn(EOF, rawEscapes);
      return new LexResult(part.text, part.words, p.matched, p.unmatched, p.unknown);
    } catch (LexError e) {
      String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
      throw new ShellLexException("failed to process " + GoQuote.quote(shown) + ": " + e.getMessage(), e.limit);
    }
  }

  /** BuildKit's {@code ProcessWord}: the substituted text as one string. */
  public String processWord(String text, ShellEnv env) throws ShellLexException {
    return process(text, env).word();
  }

  /** BuildKit's {@code ProcessWords}: the substituted text split into words. */
  public List<String> processWords(String text, ShellEnv env) throws ShellLexException {
    return process(text, env).words();
  }

  private record Part(String text, List<String> words) {}

  /** A failure inside the lexer, wrapped with the source text by {@link #process}. */
  private static final class LexError extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean limit;

    LexError(String message) {
      this(message, false);
    }

    LexError(String message, boolean limit) {
      super(message);
      this.limit = limit;
    }
  }

  private LexError tooLong() {
    return new LexError(String.format(Locale.ROOT,
        "the substituted value is longer than %d characters, the most gen accepts", maxLength), true);
  }

  /** The state of one call: the input as code points and the variables met. */
  private final class Processor {
    private final int[] cps;
    private int pos;
    private final ShellEnv env;
    private boolean currentRawEscapes;
    private final Set<String> matched = new LinkedHashSet<>();
    private final Set<String> unmatched = new LinkedHashSet<>();
    private final Set<String> unknown = new LinkedHashSet<>();
    private final GlobPattern.WorkBudget budget = new GlobPattern.WorkBudget(PATTERN_WORK);

    Processor(String text, ShellEnv env) {
      this.cps = text.codePoints().toArray();
      this.env = env;
      this.currentRawEscapes = rawEscapes;
    }

    private int peek() {
      return pos < cps.length ? cps[pos] : EOF;
    }

    private int next() {
      return pos < cps.length ? cps[pos++] : EOF;
    }

    Part processStopOn(int stopChar, boolean raw) throws LexError {
      boolean saved = currentRawEscapes;
      currentRawEscapes = raw;
      try {
        StringBuilder result = new StringBuilder();
        Words words = new Words();
        while (peek() != EOF) {
          int ch = peek();
          if (stopChar != EOF && ch == stopChar) {
            next();
            return new Part(result.toString(), words.get());
          }
          if (ch == '$') {
            String tmp = processDollar();
            append(result, tmp);
            words.addString(tmp);
          } else if (!skipProcessQuotes && (ch == '\'' || ch == '"')) {
            String tmp = ch == '\'' ? processSingleQuote() : processDoubleQuote();
            append(result, tmp);
            words.addRawString(tmp);
          } else if (ch == '<') {
            String tmp = processPossibleHeredoc();
            result.append(tmp);
            words.addRawString(tmp);
          } else {
            ch = next();
            if (ch == escapeToken) {
              if (currentRawEscapes) {
                words.addRawChar(ch);
                result.appendCodePoint(ch);
              }
              ch = next();
              if (ch == EOF) {
                break;
              }
              words.addRawChar(ch);
            } else {
              words.addChar(ch);
            }
            result.appendCodePoint(ch);
          }
        }
        if (stopChar != EOF) {
          throw new LexError("unexpected end of statement while looking for matching "
              + new String(Character.toChars(stopChar)));
        }
        return new Part(result.toString(), words.get());
      } finally {
        currentRawEscapes = saved;
      }
    }

    private void append(StringBuilder sb, String s) throws LexError {
      if ((long) sb.length() + s.length() > maxLength) {
        throw tooLong();
      }
      sb.append(s);
    }

    private String processSingleQuote() throws LexError {
      StringBuilder result = new StringBuilder();
      int ch = next();
      if (rawQuotes) {
        result.appendCodePoint(ch);
      }
      while (true) {
        ch = next();
        if (ch == EOF) {
          throw new LexError("unexpected end of statement while looking for matching single-quote");
        }
        if (ch == '\'') {
          if (rawQuotes) {
            result.appendCodePoint(ch);
          }
          return result.toString();
        }
        result.appendCodePoint(ch);
      }
    }

    private String processDoubleQuote() throws LexError {
      StringBuilder result = new StringBuilder();
      int ch = next();
      if (rawQuotes) {
        result.appendCodePoint(ch);
      }
      while (true) {
        int p = peek();
        if (p == EOF) {
          throw new LexError("unexpected end of statement while looking for matching double-quote");
        }
        if (p == '"') {
          ch = next();
          if (rawQuotes) {
            result.appendCodePoint(ch);
          }
          return result.toString();
        }
        if (p == '$') {
          append(result, processDollar());
          continue;
        }
        ch = next();
        if (ch == escapeToken) {
          if (currentRawEscapes) {
            result.appendCodePoint(ch);
          }
          int after = peek();
          if (after == EOF) {
            continue; // an escape at the very end; the loop then reports the missing quote
          }
          if (after == '"' || after == '$' || after == escapeToken) {
            ch = next();
          }
        }
        result.appendCodePoint(ch);
      }
    }

    /** {@code <<} followed by blanks stays in one word with what follows, so that {@code <<  EOF} is a heredoc. */
    private String processPossibleHeredoc() {
      next();
      if (peek() != '<') {
        return "<";
      }
      next();
      StringBuilder sb = new StringBuilder("<<");
      while (peek() == ' ' || peek() == '\t') {
        sb.appendCodePoint(next());
      }
      return sb.toString();
    }

    private String processDollar() throws LexError {
      next();
      if (peek() != '{') {
        String name = processName();
        if (name.isEmpty()) {
          return "$";
        }
        Binding b = lookup(name);
        return b.raw ? "$" + name : b.value;
      }
      next();
      int first = peek();
      if (first == EOF) {
        throw new LexError("syntax error: missing '}'");
      }
      if (first == '{' || first == '}' || first == ':') {
        throw new LexError("syntax error: bad substitution");
      }
      String name = processName();
      int ch = next();
      String chs = runeString(ch);
      boolean nullIsUnset = false;
      switch (ch) {
        case '}' -> {
          Binding b = lookup(name);
          return b.raw ? "${" + name + "}" : b.value;
        }
        case '/' -> {
          return processReplace(name);
        }
        case ':' -> {
          nullIsUnset = true;
          ch = next();
          chs += runeString(ch);
          return processModifier(name, ch, chs, true);
        }
        case '+', '-', '?', '#', '%' -> {
          return processModifier(name, ch, chs, nullIsUnset);
        }
        default -> throw new LexError("unsupported modifier (" + chs + ") in substitution");
      }
    }

    private String processModifier(String name, int ch, String chs, boolean nullIsUnset) throws LexError {
      boolean patternMode = ch == '#' || ch == '%';
      if (nullIsUnset && patternMode) {
        throw new LexError("unsupported modifier (" + chs + ") in substitution");
      }
      String word;
      try {
        word = processStopOn('}', patternMode).text;
      } catch (LexError e) {
        if (peek() == EOF) {
          throw new LexError("syntax error: missing '}'");
        }
        throw e;
      }
      Binding b = lookup(name);
      if (b.raw) {
        return "${" + name + chs + word + "}";
      }
      boolean emptyOrUnset = !b.set || (nullIsUnset && b.value.isEmpty());
      switch (ch) {
        case '-' -> {
          return emptyOrUnset ? word : b.value;
        }
        case '+' -> {
          return emptyOrUnset ? "" : word;
        }
        case '?' -> {
          if (!b.set) {
            throw new LexError(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
          }
          if (nullIsUnset && b.value.isEmpty()) {
            throw new LexError(name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
          }
          return b.value;
        }
        case '%', '#' -> {
          boolean greedy = false;
          if (!word.isEmpty() && word.charAt(0) == ch) {
            greedy = true;
            word = word.substring(1);
          }
          return ch == '%' ? trimSuffix(word, b.value, greedy) : trimPrefix(word, b.value, greedy);
        }
        default -> throw new LexError("unsupported modifier (" + chs + ") in substitution");
      }
    }

    private String processReplace(String name) throws LexError {
      boolean replaceAll = peek() == '/';
      if (replaceAll) {
        next();
      }
      String pattern;
      try {
        pattern = processStopOn('/', true).text;
      } catch (LexError e) {
        if (peek() == EOF) {
          throw new LexError("syntax error: missing '/' in ${}");
        }
        throw e;
      }
      String replacement;
      try {
        replacement = processStopOn('}', true).text;
      } catch (LexError e) {
        if (peek() == EOF) {
          throw new LexError("syntax error: missing '}'");
        }
        throw e;
      }
      Binding b = lookup(name);
      if (b.raw) {
        return "${" + name + "/" + pattern + "/" + replacement + "}";
      }
      try {
        GlobPattern glob = GlobPattern.compile(pattern);
        int[] value = b.value.codePoints().toArray();
        String out = replaceAll ? replaceAllMatches(glob, value, replacement) : replaceFirst(glob, value, replacement);
        if (out.length() > maxLength) {
          throw tooLong();
        }
        return out;
      } catch (GlobPattern.InvalidPatternException e) {
        throw new LexError("invalid pattern (" + pattern + ") in substitution: " + e.getMessage(), e.isLimit());
      }
    }

    private String replaceFirst(GlobPattern glob, int[] value, String replacement)
        throws GlobPattern.InvalidPatternException {
      int[] m = glob.find(value, 0, budget);
      if (m == null) {
        return new String(value, 0, value.length);
      }
      return new String(value, 0, m[0]) + replacement + new String(value, m[1], value.length - m[1]);
    }

    /** Go's {@code Regexp.ReplaceAllString}: empty matches next to a previous match are skipped. */
    private String replaceAllMatches(GlobPattern glob, int[] value, String template)
        throws GlobPattern.InvalidPatternException, LexError {
      StringBuilder out = new StringBuilder();
      int lastMatchEnd = 0;
      int searchPos = 0;
      while (searchPos <= value.length) {
        int[] m = glob.find(value, searchPos, budget);
        if (m == null) {
          break;
        }
        out.append(new String(value, lastMatchEnd, m[0] - lastMatchEnd));
        if (m[1] > lastMatchEnd || m[0] == 0) {
          expandTemplate(out, template, new String(value, m[0], m[1] - m[0]));
          if (out.length() > maxLength) {
            throw tooLong();
          }
        }
        lastMatchEnd = m[1];
        int width = searchPos < value.length ? 1 : 0;
        if (searchPos + width > m[1]) {
          searchPos += width;
        } else if (searchPos + 1 > m[1]) {
          searchPos++;
        } else {
          searchPos = m[1];
        }
      }
      out.append(new String(value, lastMatchEnd, value.length - lastMatchEnd));
      return out.toString();
    }

    private String trimPrefix(String pattern, String value, boolean greedy) throws LexError {
      try {
        GlobPattern glob = GlobPattern.compile(pattern);
        int[] cps = value.codePoints().toArray();
        int end = glob.matchAt(cps, 0, greedy, budget);
        return end < 0 ? value : new String(cps, end, cps.length - end);
      } catch (GlobPattern.InvalidPatternException e) {
        throw new LexError("invalid pattern (" + pattern + ") in substitution: " + e.getMessage(), e.isLimit());
      }
    }

    private String trimSuffix(String pattern, String value, boolean greedy) throws LexError {
      // as BuildKit: reverse both, trim the prefix, reverse back
      return reverseString(trimPrefix(GlobPattern.reverse(pattern), reverseString(value), greedy));
    }

    private String processName() {
      StringBuilder name = new StringBuilder();
      while (peek() != EOF) {
        int ch = peek();
        if (name.length() == 0 && Character.isDigit(ch)) {
          while (peek() != EOF && Character.isDigit(peek())) {
            name.appendCodePoint(next());
          }
          return name.toString();
        }
        if (name.length() == 0 && isSpecialParam(ch)) {
          next();
          return new String(Character.toChars(ch));
        }
        if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
          break;
        }
        name.appendCodePoint(next());
      }
      return name.toString();
    }

    private Binding lookup(String name) {
      String value = env.get(name);
      if (value != null) {
        matched.add(name);
        return new Binding(value, true, false);
      }
      if (env.isUnknown(name)) {
        unknown.add(name);
        return new Binding("", false, true);
      }
      unmatched.add(name);
      return new Binding("", false, skipUnsetEnv);
    }
  }

  /** A variable's value; {@code raw} means "leave the reference as written". */
  private record Binding(String value, boolean set, boolean raw) {}

  /** BuildKit's {@code wordsStruct}: splits on whitespace, except inside quotes and escapes. */
  private static final class Words {
    private final StringBuilder buf = new StringBuilder();
    private final List<String> words = new ArrayList<>();
    private boolean inWord;

    void addChar(int ch) {
      if (GoStrings.isSpace(ch) && inWord) {
        if (buf.length() != 0) {
          words.add(buf.toString());
          buf.setLength(0);
          inWord = false;
        }
      } else if (!GoStrings.isSpace(ch)) {
        addRawChar(ch);
      }
    }

    void addRawChar(int ch) {
      buf.appendCodePoint(ch);
      inWord = true;
    }

    void addString(String s) {
      s.codePoints().forEach(this::addChar);
    }

    void addRawString(String s) {
      buf.append(s);
      inWord = true;
    }

    List<String> get() {
      if (buf.length() > 0) {
        words.add(buf.toString());
        buf.setLength(0);
        inWord = false;
      }
      return words;
    }
  }

  private static boolean isSpecialParam(int ch) {
    return ch == '@' || ch == '*' || ch == '#' || ch == '?' || ch == '-' || ch == '$' || ch == '!' || ch == '0';
  }

  /** Go's {@code string(rune)}; EOF (-1) becomes U+FFFD. */
  private static String runeString(int ch) {
    return ch < 0 ? "\uFFFD" : new String(Character.toChars(ch));
  }

  private static String reverseString(String s) {
    int[] cps = s.codePoints().toArray();
    for (int i = 0, j = cps.length - 1; i < j; i++, j--) {
      int t = cps[i];
      cps[i] = cps[j];
      cps[j] = t;
    }
    return new String(cps, 0, cps.length);
  }

  /**
   * Go's {@code Regexp.Expand} for a pattern without groups: {@code $$} is a dollar, {@code $0} / {@code ${0}} the
   * match, any other {@code $name} / {@code ${name}} nothing, and a {@code $} that starts no name stays as it is.
   */
  static void expandTemplate(StringBuilder out, String template, String match) {
    int i = 0;
    while (i < template.length()) {
      int dollar = template.indexOf('$', i);
      if (dollar < 0) {
        out.append(template, i, template.length());
        return;
      }
      out.append(template, i, dollar);
      i = dollar + 1;
      if (i < template.length() && template.charAt(i) == '$') {
        out.append('$');
        i++;
        continue;
      }
      boolean brace = i < template.length() && template.charAt(i) == '{';
      int nameStart = brace ? i + 1 : i;
      int j = nameStart;
      while (j < template.length()) {
        int cp = template.codePointAt(j);
        if (!Character.isLetter(cp) && !Character.isDigit(cp) && cp != '_') {
          break;
        }
        j += Character.charCount(cp);
      }
      if (j == nameStart || (brace && (j >= template.length() || template.charAt(j) != '}'))) {
        out.append('$');
        continue;
      }
      String name = template.substring(nameStart, j);
      i = brace ? j + 1 : j;
      if (name.equals("0")) {
        out.append(match);
      }
    }
  }
}
