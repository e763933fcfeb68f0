package dev.gen.brooklyncheck;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An OpenSSH server of the test's own, on a free port of 127.0.0.1, that accepts only a key the test makes: the
 * machine's sshd (if any) and its configuration are not touched.
 */
final class PrivateSshd implements AutoCloseable {

  static final String SSHD = "/usr/sbin/sshd";

  final Path dir;
  final int port;
  final Path privateKey;
  private final long pid;

  private PrivateSshd(Path dir, int port, Path privateKey, long pid) {
    this.dir = dir;
    this.port = port;
    this.privateKey = privateKey;
    this.pid = pid;
  }

  static PrivateSshd start(Path dir) throws IOException, InterruptedException {
    Path key = dir.resolve("id_rsa");
    // PEM RSA: the key format Brooklyn's SSH client reads
    Processes.run("ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-m", "PEM", "-N", "", "-f", key.toString())
        .orFail("ssh-keygen");
    Path hostKey = dir.resolve("host_key");
    Processes.run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostKey.toString()).orFail("ssh-keygen");
    Path authorized = dir.resolve("authorized_keys");
    Files.copy(dir.resolve("id_rsa.pub"), authorized);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path pidFile = dir.resolve("sshd.pid");
    Path config = dir.resolve("sshd_config");
    Files.writeString(config, String.join("\n",
        "ListenAddress 127.0.0.1",
        "Port " + port,
        "HostKey " + hostKey,
        "AuthorizedKeysFile " + authorized,
        "PasswordAuthentication no",
        "KbdInteractiveAuthentication no",
        "PubkeyAuthentication yes",
        "PermitRootLogin prohibit-password",
        "StrictModes no",
        "UsePAM no",
        "PidFile " + pidFile,
        // Brooklyn copies its scripts over SFTP
        "Subsystem sftp internal-sftp",
        ""), StandardCharsets.UTF_8);
    // sshd refuses to start without its privilege separation directory
    Files.createDirectories(Path.of("/run/sshd"));
    Processes.run(List.of(SSHD, "-f", config.toString(), "-E", dir.resolve("sshd.log").toString()), null, 30)
        .orFail("starting sshd");
    for (int i = 0; i < 50 && !Files.exists(pidFile); i++) {
      Thread.sleep(100);
    }
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    return new PrivateSshd(dir, port, key, pid);
  }

  @Override
  public void close() {
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
  }
}
