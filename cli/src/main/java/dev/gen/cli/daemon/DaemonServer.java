package dev.gen.cli.daemon;

import dev.gen.cli.ExitCodes;
import dev.gen.cli.Main;
import dev.gen.cli.TrainingProject;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.URISyntaxException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * gen's daemon: a JVM that stays up between runs of the {@code gen} launcher so that a run does not pay for the JVM's
 * start and for running gen's code cold (most of a short run). The launcher starts it in the background when it finds
 * no socket, and sends later runs to it through {@link DaemonClient}; GEN_DAEMON=off runs every command in a JVM of
 * its own.
 *
 * <p>Each run gets the client's arguments, working directory, environment and terminals in a
 * {@link dev.gen.cli.RunContext}, which is all gen reads from its process, so a run through the daemon prints and
 * writes what it would have in a JVM of its own. Runs go one at a time; a run that cannot start within
 * {@link #BUSY_AFTER} goes back to its client, which runs it in a JVM of its own. While nobody waits, the daemon runs gen's
 * training project ({@link TrainingProject}) a few times so that the JIT has compiled gen's code before users need it.
 * It ends after GEN_DAEMON_IDLE seconds without a run, when its socket is removed or its jar changes, on SIGTERM, and
 * after an internal error (which may have left its state in doubt).
 *
 * <p>Arguments: the socket, the idle time in seconds, and the process id of the run that started it (training waits
 * for that run to end, so as not to slow it down).
 */
public final class DaemonServer {

  /** Training passes over every command: enough for C2 to compile the paths short runs take. */
  private static final int TRAINING_PASSES = 12;
  private static final Duration TRAINING_BUDGET = Duration.ofSeconds(60);
  /** A heap that grew larger than this is shrunk after the daemon has been idle for a while. */
  private static final long SHRINK_ABOVE_BYTES = 192L << 20;
  private static final Duration SHRINK_AFTER = Duration.ofSeconds(5);

  /**
   * A run that cannot start within this time (another client's long run is under way) is handed back to its client,
   * which runs gen itself: one long run does not hold up the short ones behind it.
   */
  static final Duration BUSY_AFTER = Duration.ofSeconds(5);
  /** A client that connects sends its request at once; one that does not is dropped after this long. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final Path socket;
  private final Duration idle;
  private final String pid = Long.toString(ProcessHandle.current().pid());
  // fair: a run waiting for the lock goes before the next training step
  private final ReentrantLock runs = new ReentrantLock(true);
  /** Clients accepted and not yet answered. */
  private final AtomicInteger busy = new AtomicInteger();
  private final ScheduledExecutorService timeouts = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "gen-daemon-timeouts");
    t.setDaemon(true);
    return t;
  });
  private volatile long lastUsed = System.nanoTime();
  /** A run ended since the heap was last shrunk. */
  private volatile boolean ranSinceShrink;
  private volatile ServerSocketChannel server;
  private volatile Object socketKey;
  private volatile boolean stopped;
  /** The training project on disk, removed when the daemon ends during training. */
  private volatile TrainingProject training;

  /** What ends the daemon once it has stopped serving: the JVM's end, or nothing in tests. */
  private final Runnable exit;

  private final Duration busyAfter;

  DaemonServer(Path socket, Duration idle, Duration busyAfter, Runnable exit) {
    this.socket = socket;
    this.idle = idle;
    this.busyAfter = busyAfter;
    this.exit = exit;
  }

  /** The lock runs take, one at a time (tests hold it to make the daemon busy). */
  ReentrantLock runs() {
    return runs;
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 3) {
      System.err.println("usage: DaemonServer SOCKET IDLE_SECONDS STARTER_PID");
      System.exit(2);
    }
    // halt, not exit: the shutdown hook would only remove the files stop() removed
    DaemonServer daemon = new DaemonServer(Path.of(args[0]), Duration.ofSeconds(Long.parseLong(args[1])),
        BUSY_AFTER, () -> Runtime.getRuntime().halt(0));
    boolean serving;
    try {
      serving = daemon.serve(Long.parseLong(args[2]));
    } catch (IOException | RuntimeException e) {
      // the launcher starts no daemon for this socket again (a rebuilt jar gets another socket), rather than one
      // that fails on every run
      Files.writeString(failedFile(daemon.socket), String.valueOf(e) + "\n");
      System.exit(1);
      return;
    }
    if (serving) {
      Thread.currentThread().join(); // stop() ends the JVM once the runs under way are answered
    }
  }

  /**
   * The files beside the socket: its lock, the process id (to stop it), the mark that training is done, and what
   * went wrong when it could not start.
   */
  static Path lockFile(Path socket) {
    return sibling(socket, ".lock");
  }

  static Path pidFile(Path socket) {
    return sibling(socket, ".pid");
  }

  /** Written when the daemon could not start: what went wrong. */
  static Path failedFile(Path socket) {
    return sibling(socket, ".failed");
  }

  static Path trainedFile(Path socket) {
    return sibling(socket, ".trained");
  }

  private static Path sibling(Path socket, String suffix) {
    return socket.resolveSibling(socket.getFileName() + suffix);
  }

  /**
   * Serves until {@link #stop()}; false at once when another daemon holds the socket's lock. Training starts when the
   * process {@code starter} has ended (never, when that is this process: tests).
   */
  boolean serve(long starter) throws IOException {
    Path dir = socket.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    try (FileChannel lockChannel = FileChannel.open(lockFile(socket), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = lockChannel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held in this JVM (tests)
      }
      if (lock == null) {
        return false; // another daemon of this jar and JDK is up (two launchers started one at once)
      }
      // bound and listening under another name first, then renamed into place: a client never finds a socket that
      // nobody listens on yet (it would take it for a dead daemon's), nor one others may use
      Path bound = socket.resolveSibling(pid + ".tmp"); // no longer than the socket's name: paths have 107 bytes
      Files.deleteIfExists(bound);
      server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      server.bind(UnixDomainSocketAddress.of(bound));
      Files.setPosixFilePermissions(bound, PosixFilePermissions.fromString("rw-------"));
      // replaces a socket left by a daemon that was killed: nobody listens there, since nobody else holds the lock
      try {
        Files.move(bound, socket, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        server.close();
        Files.deleteIfExists(bound);
        throw e;
      }
      socketKey = inode(socket);
      Files.writeString(pidFile(socket), pid + "\n");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        removeOwnFiles();
        closeTraining();
      }, "gen-daemon-cleanup"));
      startDaemonThread("gen-daemon-watch", this::watch);
      startDaemonThread("gen-daemon-training", () -> train(starter));
      while (true) {
        SocketChannel client;
        try {
          client = server.accept();
        } catch (IOException e) {
          return true; // closed by stop()
        }
        busy.incrementAndGet();
        lastUsed = System.nanoTime();
        startDaemonThread("gen-daemon-run", () -> answer(client));
      }
    }
  }

  /** Runs one client's request and sends the answer. */
  private void answer(SocketChannel client) {
    boolean internalError = false;
    try (client) {
      ScheduledFuture<?> timeout = timeouts.schedule(() -> closeQuietly(client), REQUEST_TIMEOUT.toSeconds(),
          TimeUnit.SECONDS);
      Request request = Request.read(new DataInputStream(new BufferedInputStream(Channels.newInputStream(client))));
      timeout.cancel(false);
      Frames frames = new Frames(new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client))));
      PrintWriter out = new PrintWriter(new OutputStreamWriter(frames.stream(Frames.STDOUT), StandardCharsets.UTF_8),
          true);
      PrintWriter err = new PrintWriter(new OutputStreamWriter(frames.stream(Frames.STDERR),
          request.stderrCharset()), true);
      if (!runs.tryLock(busyAfter.toMillis(), TimeUnit.MILLISECONDS)) {
        frames.busy();
        return;
      }
      try {
        int code = Main.run(request.args().toArray(String[]::new), out, err, request.context());
        internalError = code == ExitCodes.INTERNAL;
        out.flush();
        err.flush();
        frames.exit(code);
      } finally {
        runs.unlock();
      }
    } catch (IOException | RuntimeException e) {
      // the client went away or sent garbage: nothing to answer
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Error e) {
      internalError = true; // what Main.run lets through (a linkage error...): the client reads the end of its stream
    } finally {
      lastUsed = System.nanoTime();
      ranSinceShrink = true;
      busy.decrementAndGet();
    }
    if (internalError) {
      stop(); // a bug in gen may have left the daemon's state in doubt: the next run starts a new one
    }
  }

  private static void closeQuietly(SocketChannel client) {
    try {
      client.close();
    } catch (IOException e) {
      // closing is all it was for
    }
  }

  /**
   * Once the daemon is idle, gives back the heap its largest run grew: the serial collector shrinks the heap a step
   * more with each full collection. Not after every run: runs that follow each other keep the heap they need.
   */
  private void shrinkHeapWhenIdle() {
    Runtime rt = Runtime.getRuntime();
    if (!ranSinceShrink || System.nanoTime() - lastUsed < SHRINK_AFTER.toNanos() || busy.get() > 0
        || !runs.tryLock()) {
      return;
    }
    try {
      ranSinceShrink = false;
      for (int i = 0; i < 4 && rt.totalMemory() > SHRINK_ABOVE_BYTES; i++) {
        System.gc();
      }
    } finally {
      runs.unlock();
    }
  }

  /**
   * Ends the daemon when it has been idle long enough, when its socket was removed or replaced (by hand, or by a
   * client that found it dead), or when its jar changed (a rebuild: new runs go to a new daemon, and a JVM must not
   * keep reading classes from a jar rewritten under it).
   */
  private void watch() {
    Path jar = jar();
    FileTime jarTime = modified(jar);
    while (!stopped) {
      sleep(Duration.ofSeconds(1));
      boolean idleTooLong = busy.get() == 0 && System.nanoTime() - lastUsed > idle.toNanos();
      boolean socketGone = !socketKey.equals(inode(socket));
      boolean jarChanged = jar != null && !jarTime.equals(modified(jar));
      if (idleTooLong || socketGone || jarChanged) {
        stop();
      }
      shrinkHeapWhenIdle();
    }
  }

  /**
   * Ends the daemon without cutting a run short: no new clients (the socket goes first, so the next launcher starts a
   * new daemon), then the clients already accepted are answered, then the training step under way ends.
   */
  synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    removeOwnFiles();
    try {
      server.close();
    } catch (IOException e) {
      // it is closing all the same
    }
    while (busy.get() > 0) {
      sleep(Duration.ofMillis(20));
    }
    runs.lock();
    try {
      closeTraining(); // no training step runs now
      exit.run();
    } finally {
      runs.unlock();
    }
  }

  /** Training passes while nobody waits, once the run that started the daemon has ended. */
  private void train(long starter) {
    if (starter == ProcessHandle.current().pid()) {
      return; // tests: no training
    }
    ProcessHandle.of(starter).ifPresent(p -> p.onExit().join());
    long deadline = System.nanoTime() + TRAINING_BUDGET.toNanos();
    for (int pass = 0; pass < TRAINING_PASSES && System.nanoTime() < deadline && !stopped; pass++) {
      try (TrainingProject project = TrainingProject.create()) {
        training = project;
        for (TrainingProject.Run run : project.runs()) {
          runs.lock();
          try {
            if (stopped) {
              return;
            }
            project.run(run);
          } finally {
            runs.unlock();
          }
        }
      } catch (IOException | RuntimeException e) {
        break; // training only makes runs faster; it must never stop the daemon
      }
    }
    System.gc();
    try {
      Files.writeString(trainedFile(socket), pid + "\n");
    } catch (IOException e) {
      // only the benchmark looks at it
    }
  }

  private void closeTraining() {
    TrainingProject project = training;
    if (project != null) {
      project.close();
    }
  }

  /**
   * Removes the socket and the files beside it, unless they are a newer daemon's (one started after this one's
   * socket was removed).
   */
  private void removeOwnFiles() {
    try {
      if (socketKey != null && socketKey.equals(inode(socket))) {
        Files.deleteIfExists(socket);
      }
      for (Path p : new Path[] {pidFile(socket), trainedFile(socket)}) {
        if (Files.isRegularFile(p) && Files.readString(p).strip().equals(pid)) {
          Files.delete(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // nothing to do about it while the daemon ends
    }
  }

  /** The socket file's inode, to tell it from a newer daemon's socket at the same path; null when it is gone. */
  private static Object inode(Path p) {
    try {
      return Files.readAttributes(p, "unix:ino").get("ino");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Path jar() {
    try {
      Path p = Path.of(DaemonServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(p) ? p : null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private static FileTime modified(Path p) {
    try {
      return p == null ? FileTime.fromMillis(0) : Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(-1);
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void startDaemonThread(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    t.start();
  }
}
