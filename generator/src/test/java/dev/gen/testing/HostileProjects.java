package dev.gen.testing;

import dev.gen.diag.SourceLocation;
import dev.gen.model.Dependency;
import dev.gen.model.EnvVar;
import dev.gen.model.Healthcheck;
import dev.gen.model.Mount;
import dev.gen.model.PortMapping;
import dev.gen.model.Project;
import dev.gen.model.RestartPolicy;
import dev.gen.model.Service;
import dev.gen.model.SourceKind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project whose values are built to break generated files: quotes of every kind, {@code $()} and backticks,
 * newlines, {@code %} (format strings), a leading {@code $brooklyn:} (Brooklyn's DSL), YAML indicators, non-ASCII
 * text and odd environment variable names. Every one must arrive in the container unchanged.
 */
public final class HostileProjects {

  private HostileProjects() {}

  /** Environment variable name to the exact value the container must receive. */
  public static Map<String, String> values() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("QUOTES", "it's \"quoted\" and 'single' \\ back\\slash");
    v.put("SUBSHELL", "$(touch /tmp/gen-pwned) `touch /tmp/gen-pwned` ${HOME} $HOME");
    v.put("NEWLINES", "line one\nline two\r\n\ttabbed\n");
    v.put("PERCENT", "100% %s %d %n %%");
    v.put("DSL", "$brooklyn:entity(\"db\").attributeWhenReady(\"host.address\")");
    v.put("YAML", "- [a, b]: {c: d} # not a comment\n--- \n...");
    v.put("UNICODE", "caf\u00e9 \u2028 \u00a0 \u65e5\u672c \ud83d\ude80");
    v.put("EMPTY", "");
    v.put("SPACES", "  leading and trailing  ");
    v.put("my.dotted-name", "a value for an odd name");
    return v;
  }

  /** Two services: {@code db}, and {@code app}, which names db in a value full of special characters. */
  public static Project project() {
    SourceLocation at = new SourceLocation("compose.yaml", 1, 1);
    Service.Builder app = Service.builder("app")
        .image("registry.example:5000/team/app@sha256:" + "0".repeat(64))
        .command(List.of("sh", "-c", "echo \"$GREETING\" && exec sleep 'infinity' # $(rm -rf /)", "%s"))
        .entrypoint(List.of("/bin/entry point", "--flag=it's"))
        .labels(Map.of("com.example.note", "a 'label' with \"quotes\" and $(subshell)"))
        .user("1000:1000")
        .workingDir("/srv/my app")
        .addPort(new PortMapping(8080, "18080", "127.0.0.1", "tcp", "ingress", null, null, at))
        .addPort(new PortMapping(53, "1053", null, "udp", "ingress", null, null, at))
        .addMount(new Mount(Mount.Type.VOLUME, "data", "/var/lib/my data", true, null, at))
        .addMount(new Mount(Mount.Type.TMPFS, null, "/tmp/scratch", false, 1048576L, at))
        .healthcheck(new Healthcheck(List.of("CMD-SHELL", "test \"$(cat /tmp/ok)\" = 'yes' && echo 100%"),
            Duration.ofSeconds(7), Duration.ofMillis(1500), Duration.ofSeconds(3), null, 2, false, at))
        .restart(new RestartPolicy(RestartPolicy.Condition.ON_FAILURE, 3, Duration.ofSeconds(5), null, at))
        .addDependency(new Dependency("db", List.of(Dependency.Via.DEPENDS_ON, Dependency.Via.ENVIRONMENT),
            Dependency.Condition.SERVICE_HEALTHY, true, false, null, at))
        .location(at);
    for (Map.Entry<String, String> e : values().entrySet()) {
      app.addEnvironment(EnvVar.plain(e.getKey(), e.getValue(), at));
    }
    String url = "jdbc:postgresql://db:5432/x?opt=100%25&q='\"`$(id)`\"'";
    app.addEnvironment(BlueprintExampleProjects.referencing("DB_URL", url, at, BlueprintExampleProjects.url("db", url, "db:5432")));
    app.addEnvironment(new EnvVar("FROM_DEPLOYER", null, false, null, List.of(), at));
    app.addEnvironment(new EnvVar("API_TOKEN", "t0ken'\"$(x)", true, "name", List.of(), at));
    Service db = Service.builder("db")
        .image("postgres:16")
        .addEnvironment(EnvVar.plain("POSTGRES_PASSWORD_FILE", "/run/secrets/pw", at))
        .healthcheck(new Healthcheck(List.of("CMD", "pg_isready", "-U", "it's me"), null, null, null, null,
            null, false, at))
        .location(at)
        .build();
    return new Project("hostile", SourceKind.COMPOSE, List.of(app.build(), db), List.of(), List.of(), List.of(),
        List.of(), null, at);
  }
}
