package dev.gen.cli.daemon;

import dev.gen.cli.ExitCodes;
import dev.gen.cli.Main;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The {@code gen} launcher's client of the daemon ({@link DaemonServer}): sends this process's arguments, working
 * directory, environment and terminals, copies what the run writes to stdout and stderr, and exits with its code.
 * When no daemon answers on the socket, it runs gen itself, as the launcher would have.
 *
 * <p>Arguments: the socket, then gen's own arguments.
 */
public final class DaemonClient {

  private DaemonClient() {}

  public static void main(String[] argv) {
    if (argv.length == 0) {
      System.err.println("gen: the daemon client needs the socket");
      System.exit(ExitCodes.INTERNAL);
    }
    Path socket = Path.of(argv[0]);
    String[] args = Arrays.copyOfRange(argv, 1, argv.length);
    OptionalInt code = send(socket, Request.ofProcess(args), new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err));
    if (code.isEmpty()) {
      Main.main(args); // no daemon: run gen here, as the launcher would have
      return;
    }
    System.exit(code.getAsInt());
  }

  /**
   * Sends the request to the daemon listening on the socket, copies what the run writes to stdout and stderr, and
   * returns its exit code; empty, with nothing written, when no daemon listens there (the socket is then removed, so
   * that the launcher starts a new daemon next time), when the daemon is busy with a long run, or when it ended
   * before it answered.
   */
  static OptionalInt send(Path socket, Request request, OutputStream stdout, OutputStream stderr) {
    SocketChannel channel;
    try {
      channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    } catch (IOException | UnsupportedOperationException e) {
      return OptionalInt.empty();
    }
    try {
      channel.connect(UnixDomainSocketAddress.of(socket));
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      // nobody listens there (the daemon ended without removing it)
      deleteDeadSocket(socket);
      return OptionalInt.empty();
    }
    return talk(channel, request, stdout, stderr);
  }

  /**
   * Sends the request, copies the answer and returns the exit code; empty when the daemon is busy, or when it ended
   * (killed, or a JDK upgraded under it) before it sent anything: a run of gen writes the same files however often it
   * runs, so the client can run it itself.
   */
  private static OptionalInt talk(SocketChannel channel, Request request, OutputStream stdout,
      OutputStream stderr) {
    boolean[] received = {false};
    try (channel) {
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
      request.write(out);
      DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
      return Frames.readUntilExit(in, new Frames.Sink() {
        @Override
        public void stdout(byte[] bytes) {
          received[0] = true;
          copy(bytes, stdout);
        }

        @Override
        public void stderr(byte[] bytes) {
          received[0] = true;
          copy(bytes, stderr);
        }
      });
    } catch (IOException e) {
      if (!received[0]) {
        return OptionalInt.empty();
      }
      String why = e instanceof EOFException ? "the gen daemon ended in the middle of its answer"
          : "could not talk to the gen daemon (" + e.getMessage() + ")";
      return OptionalInt.of(failed(stderr, why));
    }
  }

  /**
   * Writes to stdout or stderr; a reader that went away (gen config | head) is not the run's business, as with
   * System.out, which drops such errors too.
   */
  private static void copy(byte[] bytes, OutputStream to) {
    try {
      to.write(bytes);
    } catch (IOException e) {
      // dropped, see above
    }
  }

  private static int failed(OutputStream stderr, String why) {
    copy(("gen: " + why + "; GEN_DAEMON=off runs gen without the daemon\n").getBytes(StandardCharsets.UTF_8), stderr);
    return ExitCodes.INTERNAL;
  }

  private static void closeQuietly(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // it was never connected
    }
  }

  private static void deleteDeadSocket(Path socket) {
    try {
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      // the next launcher tries again
    }
  }
}
