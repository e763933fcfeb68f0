package dev.gen.model.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Build;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code build} → {@link Build}. A local context becomes a project-relative path; a remote one (a git URL, an
 * {@code https://} tarball) stays as written, and a git context fills {@link Build#gitRepository()} and
 * {@link Build#gitRef()} from its {@code #ref[:subdir]} fragment. For a local context the repository comes from the
 * service's {@code org.opencontainers.image.source} label, when there is one and git can clone it (a URL such as
 * {@code https://github.com/example/shop}; not free text).
 */
final class BuildMapper {

  static final String SOURCE_LABEL = "org.opencontainers.image.source";

  private static final Set<String> CLONE_SCHEMES = Set.of("https", "http", "git", "ssh", "git+ssh");
  private static final Pattern SCP_LIKE = Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^/].*");

  private final ProjectPaths paths;
  private final Diagnostics diagnostics;

  BuildMapper(ProjectPaths paths, Diagnostics diagnostics) {
    this.paths = paths;
    this.diagnostics = diagnostics;
  }

  Build map(YNode node, String path, String sourceLabel) {
    YMap map = Values.map(node, path);
    if (map == null) {
      return null;
    }
    Keys keys = new Keys(map, Scope.BUILD, path, diagnostics);
    YNode contextNode = keys.take("context");
    String context = Values.string(contextNode, keys.path("context"));
    String gitRepository = isCloneable(sourceLabel) ? sourceLabel : null;
    String gitRef = null;
    boolean remote = context != null && ProjectPaths.isRemote(context);
    if (remote && isGit(context)) {
      int hash = context.indexOf('#');
      gitRepository = hash < 0 ? context : context.substring(0, hash);
      if (hash >= 0) {
        String fragment = context.substring(hash + 1);
        int colon = fragment.indexOf(':');
        String ref = colon < 0 ? fragment : fragment.substring(0, colon);
        gitRef = ref.isEmpty() ? null : ref;
      }
    }
    String localContext = context == null || remote ? null : paths.relative(context, contextNode, keys.path("context"));
    String inline = Values.string(keys.take("dockerfile_inline"), keys.path("dockerfile_inline"));
    YNode dockerfileNode = keys.take("dockerfile");
    String dockerfile = inline != null ? null : Values.string(dockerfileNode, keys.path("dockerfile"));
    if (dockerfile != null && !remote && context != null) {
      dockerfile = dockerfileInContext(context, dockerfile, dockerfileNode, keys.path("dockerfile"));
    }
    Build build = new Build(
        remote ? context : (localContext == null ? "." : localContext),
        dockerfile,
        inline,
        Values.string(keys.take("target"), keys.path("target")),
        Values.stringMap(keys.take("args"), keys.path("args")),
        gitRepository,
        gitRef,
        null,
        map.location());
    keys.finish();
    return build;
  }

  /**
   * Docker's test for a git build context: the {@code git://}, {@code ssh://} and {@code git@} forms, GitHub
   * shorthand, or an http(s) URL whose path ends in {@code .git}. Other URLs are tarballs or plain files.
   */
  static boolean isGit(String context) {
    String lower = context.toLowerCase(Locale.ROOT);
    if (lower.startsWith("git://") || lower.startsWith("git@") || lower.startsWith("ssh://")
        || lower.startsWith("github.com/")) {
      return true;
    }
    int hash = lower.indexOf('#');
    String url = hash < 0 ? lower : lower.substring(0, hash);
    return (url.startsWith("http://") || url.startsWith("https://")) && url.endsWith(".git");
  }

  /**
   * Whether git can clone {@code url}: an {@code http(s)}, {@code git} or {@code ssh} URL with a host and a path, or
   * the scp-like {@code user@host:path}; never text with spaces or control characters.
   */
  static boolean isCloneable(String url) {
    if (url == null || url.isEmpty() || url.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      return false;
    }
    Matcher scp = SCP_LIKE.matcher(url);
    if (!url.contains("://")) {
      return scp.matches();
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String repoPath = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
      return CLONE_SCHEMES.contains(scheme) && uri.getHost() != null && !repoPath.isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The Dockerfile relative to the context; absolute only when it lies outside the project. */
  private String dockerfileInContext(String context, String dockerfile, YNode node, String keyPath) {
    try {
      Path file = Path.of(dockerfile);
      if (!file.isAbsolute()) {
        return dockerfile.replace('\\', '/');
      }
      String inProject = paths.relative(dockerfile);
      if (Path.of(inProject).isAbsolute()) {
        return inProject;
      }
      String relative = Path.of(context).toAbsolutePath().normalize().relativize(file.normalize()).toString();
      return relative.replace('\\', '/');
    } catch (IllegalArgumentException e) { // an invalid path, or one relativize cannot reach
      throw Values.invalid(node, keyPath, "a file system path");
    }
  }
}
