package dev.gen.target.blueprint;

import dev.gen.model.Project;
import dev.gen.model.Service;
import java.util.regex.Pattern;

/** The names gen gives things in a blueprint: entity ids, parameter and shell variable names, catalog ids. */
final class Names {

  /** A name a shell accepts as a variable, and so as {@code --env NAME=...} text. */
  static final Pattern SHELL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Compose service names are {@code [a-zA-Z0-9][a-zA-Z0-9_.-]*}; anything else gen cannot put into DSL. */
  private static final Pattern SERVICE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  private Names() {}

  static boolean isSafeServiceName(String name) {
    return SERVICE_NAME.matcher(name).matches();
  }

  /**
   * What a name must be to stand in a key as it is: the parameter and secret keys go inside {@code $brooklyn:} DSL
   * arguments, which take only these characters ({@link Dsl}). Compose allows any variable name but {@code =}.
   */
  private static final Pattern KEY_PART = Pattern.compile("[A-Za-z0-9_.:/-]+");

  /**
   * The parameter that holds an environment variable's value: {@code env.NAME}, or {@code env:INDEX} for a name that
   * cannot stand in a key (no {@code env.} name can be one of those).
   */
  static String envParameter(String variable, int index) {
    return KEY_PART.matcher(variable).matches() ? "env." + variable : "env:" + index;
  }

  /** The shell variable a VM script reads an environment variable's value from. */
  static String envShellVariable(String variable, int index) {
    return SHELL_NAME.matcher(variable).matches() ? "GEN_ENV_" + variable : "GEN_ENV_" + index;
  }

  /**
   * The parameter that holds the host port a container port is published on. Its name ends in {@code .port}, so
   * Brooklyn opens it in the machine's firewall or security group ({@code inboundPorts.configRegex}).
   */
  static String publishedPortParameter(int containerPort, String protocol) {
    return "tcp".equals(protocol) ? "published." + containerPort + ".port"
        : "published." + containerPort + "." + protocol + ".port";
  }

  /** The port sensor {@code DockerContainer} publishes, mapped to the address other machines reach it at. */
  static String mappedPortSensor(int containerPort) {
    return "docker.port." + containerPort + ".mapped.public";
  }

  static String catalogId(Project project, Service service) {
    return project.name() + "-" + service.name();
  }

  /** The key of a secret in the external config supplier. */
  /**
   * The external key of a secret variable: {@code project.service.NAME}, or {@code project.service:INDEX} for a name
   * that cannot stand in a key (service names have no {@code :}).
   */
  static String secretKey(Project project, Service service, String variable, int index) {
    return KEY_PART.matcher(variable).matches() ? project.name() + "." + service.name() + "." + variable
        : project.name() + "." + service.name() + ":" + index;
  }

  static String composeSecretKey(Project project, String secret) {
    return project.name() + ".secrets." + secret;
  }

  static String servicePath(Service service) {
    return "services." + service.name();
  }
}
