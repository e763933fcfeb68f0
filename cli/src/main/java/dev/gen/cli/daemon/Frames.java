package dev.gen.cli.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.OptionalInt;

/**
 * The daemon's answer, a stream of frames: bytes for stdout, bytes for stderr, in the order the run wrote them, then
 * the exit code. Frames let one socket carry both streams without the client guessing where one ends.
 */
final class Frames {

  static final byte STDOUT = 1;
  static final byte STDERR = 2;
  static final byte EXIT = 3;
  /** The daemon is busy with a long run: the client runs gen itself (nothing was written yet). */
  static final byte BUSY = 4;

  /** Stdout is sent in pieces this large: documents of megabytes would otherwise go line by line. */
  private static final int STDOUT_PIECE = 1 << 16;

  private final DataOutputStream out;
  private final byte[] pending = new byte[STDOUT_PIECE];
  private int pendingLength;

  Frames(DataOutputStream out) {
    this.out = out;
  }

  /**
   * An output stream whose bytes become frames of this kind. Stderr (diagnostics) is sent as it comes; stdout is
   * gathered into pieces, sent when a piece is full, before anything on stderr (so that the two keep their order) and
   * with the exit code.
   */
  OutputStream stream(byte kind) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (kind == STDOUT) {
          gather(b, off, len);
        } else if (len > 0) {
          sendStderr(b, off, len);
        }
      }
    };
  }

  private synchronized void gather(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      int n = Math.min(len, pending.length - pendingLength);
      System.arraycopy(b, off, pending, pendingLength, n);
      pendingLength += n;
      off += n;
      len -= n;
      if (pendingLength == pending.length) {
        sendPending();
      }
    }
  }

  private synchronized void sendStderr(byte[] b, int off, int len) throws IOException {
    sendPending();
    send(STDERR, b, off, len);
  }

  private void sendPending() throws IOException {
    if (pendingLength > 0) {
      send(STDOUT, pending, 0, pendingLength);
      pendingLength = 0;
    }
  }

  private void send(byte kind, byte[] b, int off, int len) throws IOException {
    out.writeByte(kind);
    out.writeInt(len);
    out.write(b, off, len);
    out.flush();
  }

  synchronized void busy() throws IOException {
    out.writeByte(BUSY);
    out.flush();
  }

  synchronized void exit(int code) throws IOException {
    sendPending();
    out.writeByte(EXIT);
    out.writeInt(code);
    out.flush();
  }

  /** What a client does with each frame. */
  interface Sink {
    void stdout(byte[] bytes) throws IOException;

    void stderr(byte[] bytes) throws IOException;
  }

  /**
   * Reads frames until the exit code and returns it, handing the bytes to the sink; empty when the daemon is busy;
   * an {@link java.io.EOFException} when the stream ends first.
   */
  static OptionalInt readUntilExit(DataInputStream in, Sink sink) throws IOException {
    while (true) {
      byte kind = in.readByte();
      if (kind == EXIT) {
        return OptionalInt.of(in.readInt());
      }
      if (kind == BUSY) {
        return OptionalInt.empty();
      }
      int len = in.readInt();
      if (len < 0 || len > (64 << 20)) {
        throw new IOException("bad frame length " + len);
      }
      byte[] bytes = in.readNBytes(len);
      if (bytes.length < len) {
        throw new java.io.EOFException();
      }
      switch (kind) {
        case STDOUT -> sink.stdout(bytes);
        case STDERR -> sink.stderr(bytes);
        default -> throw new IOException("bad frame kind " + kind);
      }
    }
  }
}
