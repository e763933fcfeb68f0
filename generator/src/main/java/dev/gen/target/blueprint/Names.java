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

  /** The parameter that holds an environment variable's value. */
  static String envParameter(String variable) {
    return "env." + variable;
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
  static String secretKey(Project project, Service service, String variable) {
    return project.name() + "." + service.name() + "." + variable;
  }

  static String composeSecretKey(Project project, String secret) {
    return project.name() + ".secrets." + secret;
  }

  static String servicePath(Service service) {
    return "services." + service.name();
  }
}
