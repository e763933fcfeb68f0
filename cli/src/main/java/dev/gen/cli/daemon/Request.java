package dev.gen.cli.daemon;

import dev.gen.cli.RunContext;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a client sends the daemon: everything a run of gen takes from its process (arguments, working directory,
 * environment, whether stdout and stderr are terminals, the charset stderr uses), so that the daemon runs it exactly
 * as the client's own JVM would have.
 *
 * @param stderrCharset the charset of the client's {@code System.err}, which diagnostics are encoded in
 */
record Request(List<String> args, RunContext context, Charset stderrCharset) {

  /** "gen" and a version: a client and a daemon of different jars never share a socket, this is a safety net. */
  static final int MAGIC = 0x67656e02;

  // bounds against a garbled stream: a local process of the same user is the only peer, but a bad length must not
  // make the daemon allocate gigabytes
  private static final int MAX_STRINGS = 1 << 20;
  private static final int MAX_STRING_BYTES = 64 << 20;

  Request {
    args = List.copyOf(args);
  }

  /** This process's arguments and context. */
  static Request ofProcess(String[] args) {
    // Java 17's System.err encodes in the default charset unless sun.stderr.encoding says otherwise
    String stderr = System.getProperty("sun.stderr.encoding");
    Charset charset = stderr != null && Charset.isSupported(stderr) ? Charset.forName(stderr) : Charset.defaultCharset();
    return new Request(List.of(args), RunContext.ofProcess(), charset);
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(args.size());
    for (String arg : args) {
      writeString(out, arg);
    }
    writeString(out, context.workingDirectory().toString());
    out.writeInt(context.environment().size());
    for (Map.Entry<String, String> e : context.environment().entrySet()) {
      writeString(out, e.getKey());
      writeString(out, e.getValue());
    }
    out.writeBoolean(context.stdoutIsTerminal());
    out.writeBoolean(context.stderrIsTerminal());
    writeString(out, stderrCharset.name());
    out.flush();
  }

  static Request read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) {
      throw new IOException("not a request of this version of gen");
    }
    int argc = count(in);
    List<String> args = new ArrayList<>(argc);
    for (int i = 0; i < argc; i++) {
      args.add(readString(in));
    }
    Path cwd = Path.of(readString(in));
    if (!cwd.isAbsolute()) {
      throw new IOException("the working directory is not absolute");
    }
    int envc = count(in);
    Map<String, String> env = new LinkedHashMap<>();
    for (int i = 0; i < envc; i++) {
      env.put(readString(in), readString(in));
    }
    boolean stdoutTty = in.readBoolean();
    boolean stderrTty = in.readBoolean();
    String charset = readString(in);
    Charset stderrCharset = Charset.isSupported(charset) ? Charset.forName(charset) : StandardCharsets.UTF_8;
    return new Request(args, new RunContext(cwd, env, stdoutTty, stderrTty), stderrCharset);
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_STRINGS) {
      throw new IOException("bad count " + n);
    }
    return n;
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_STRING_BYTES) {
      throw new IOException("bad length " + n);
    }
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }
}
