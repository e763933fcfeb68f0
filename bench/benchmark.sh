#!/usr/bin/env bash
# gen's end-to-end benchmark: generates synthetic compose projects (dev.gen.bench.SyntheticProject) of several sizes
# and runs gen config, gen model, gen charm, gen bundle and gen blueprint on each (compose.yaml merged with its
# compose.override.yaml) through the ./gen launcher, next to `docker compose config` on the same files where Docker
# Compose is installed. For each command and size it
# prints the median and the spread (min-max) of the wall time, the CPU time (user + sys) and the peak RSS of the
# whole process (GNU time, Debian package `time`), the machine's 1-minute load average while it ran, then the cost
# per service from one size to the next (it must stay flat). The tables are Markdown, to paste into
# docs/performance.md.
#
# Each gen command runs in two modes: "own JVM" (GEN_DAEMON=off: every run starts a JVM, as the first run of a CI job
# does) and "daemon" (later runs of the launcher, answered by gen's daemon, which is started and trained before the
# measured runs; its CPU time and peak RSS are added to the client's). gen's cache (class archive, daemon) is kept
# in the work directory, and the daemon is stopped at the end.
#
# Usage: bench/benchmark.sh [--sizes "10 100 1000 5000"] [--runs 5] [--warmup 1] [--commands "config model ..."]
#                           [--modes "jvm daemon"] [--compose PATH|none] [--gen PATH] [--work DIR] [--keep]
#   --sizes      service counts (default: 10 100 1000 5000)
#   --runs       measured runs per command and size (default 5); --warmup runs before them are not counted
#                (default 1: the first one also creates the launcher's class archive after a build)
#   --commands   gen commands to run (default: config model charm bundle blueprint)
#   --modes      jvm (a JVM per run), daemon (runs answered by gen's daemon), or both (default "jvm daemon")
#   --compose    the Docker Compose to compare with: a docker-compose binary (for example the one
#                /work/shared/tools/compose-oracle.sh --install unpacks into ~/.cache/compose-oracle), or none;
#                default: `docker compose` if that plugin works, else docker-compose on the PATH
#   --gen PATH   the gen launcher to measure (default: ./gen of this repository)
#   --work DIR   where the projects and outputs go (default: a new temporary directory, deleted at the end)
#   --keep       keep the work directory
# Needs: Java 17+, Maven (first build), GNU time at /usr/bin/time.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd -P)
sizes="10 100 1000 5000"
runs=5
warmup=1
commands="config model charm bundle blueprint"
modes="jvm daemon"
compose_opt=""
work=""
keep=0
gen=$repo/gen

while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --commands) commands=$2; shift 2 ;;
    --modes) modes=$2; shift 2 ;;
    --compose) compose_opt=$2; shift 2 ;;
    --gen) gen=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "benchmark.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

gen=$(cd "$(dirname "$gen")" && pwd -P)/$(basename "$gen")

if [ ! -x /usr/bin/time ] || ! /usr/bin/time -f '%e' true 2>/dev/null; then
  echo "benchmark.sh: needs GNU time at /usr/bin/time (Debian: apt-get install time)" >&2
  exit 1
fi

# The generator of synthetic projects lives in the bench module.
bench_jar=$repo/bench/target/benchmarks.jar
if [ ! -f "$bench_jar" ] || [ -n "$(find "$repo/bench/src/main" -newer "$bench_jar" -print -quit)" ]; then
  echo "benchmark.sh: building bench/target/benchmarks.jar..." >&2
  (cd "$repo" && mvn -B -q -DskipTests package -pl bench -am) >&2
fi

# Docker Compose, if there is one.
compose=()
compose_name="not installed"
if [ "$compose_opt" = none ]; then
  compose_name="not measured (--compose none)"
elif [ -n "$compose_opt" ]; then
  [ -x "$compose_opt" ] || { echo "benchmark.sh: $compose_opt is not an executable" >&2; exit 2; }
  compose=("$compose_opt")
elif docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
fi
if [ ${#compose[@]} -gt 0 ]; then
  compose_name=$("${compose[@]}" version 2>/dev/null | head -n 1 || true)
  [ -n "$compose_name" ] || compose_name="${compose[*]}"
fi

if [ -z "$work" ]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/gen-bench.XXXXXX")
  made_work=1
fi
mkdir -p "$work"
work=$(cd "$work" && pwd -P)

load1() { cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo "?"; }

# gen's cache of its own: the class archive is trained in the first warm-up run, and the daemon is found (and
# stopped) here
export XDG_CACHE_HOME=$work/cache
daemon_pid() { cat "$XDG_CACHE_HOME"/gen/daemon/*.pid 2>/dev/null | head -n 1; }
stop_daemon() {
  local pid
  pid=$(daemon_pid)
  [ -z "$pid" ] || kill "$pid" 2>/dev/null || true
}
trap 'stop_daemon; [ "$keep" = 1 ] || [ -z "${made_work:-}" ] || rm -rf "$work"' EXIT
# the daemon's CPU time so far, in clock ticks (utime + stime of /proc/PID/stat; the name field has no spaces)
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
clk_tck=$(getconf CLK_TCK)

# start_daemon DIR: starts gen's daemon (a run of the launcher that finds none starts one) and waits until it has
# trained
start_daemon() {
  local i
  (cd "$1" && "$gen" --version >/dev/null)
  for ((i = 0; i < 600; i++)); do
    if ls "$XDG_CACHE_HOME"/gen/daemon/*.trained >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.5
  done
  echo "benchmark.sh: gen's daemon did not start (or did not end its training) within 5 minutes" >&2
  exit 1
}

# median and spread of a column of numbers: "median min max"
stats() { sort -g | awk '{ v[NR] = $1 } END {
  if (NR == 0) { print "- - -"; exit }
  m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
  print m, v[1], v[NR] }'; }

# run MODE LABEL SIZE DIR CMD...: warm-up runs, then measured runs. Appends "label<TAB>size<TAB>wall<TAB>cpu<TAB>rss
# KB" to results.txt and "label<TAB>size<TAB>load averages..." to loads.txt. In daemon mode, the daemon's CPU time
# during the run is added to the client's, and the peak RSS is the larger of the client's and the daemon's (whose
# high-water mark is reset before each run).
results=$work/results.txt
loads=$work/loads.txt
: >"$results"
: >"$loads"
run() {
  local mode=$1 label=$2 size=$3 dir=$4
  shift 4
  local i t=$work/time.txt seen="" pid before after
  for ((i = 0; i < warmup + runs; i++)); do
    rm -rf "$work/out"
    pid=""
    if [ "$mode" = daemon ]; then
      pid=$(daemon_pid)
      [ -z "$pid" ] || echo 5 >"/proc/$pid/clear_refs" 2>/dev/null || true
      before=$(ticks "$pid")
    fi
    if ! (cd "$dir" && /usr/bin/time -o "$t" -f '%e %U %S %M' "$@" >"$work/stdout.txt" 2>"$work/stderr.txt"); then
      echo "benchmark.sh: $label on $size services failed:" >&2
      cat "$work/stderr.txt" >&2
      exit 1
    fi
    local extra_cpu=0 daemon_rss=0
    if [ -n "$pid" ]; then
      after=$(ticks "$pid")
      extra_cpu=$(awk -v a="$after" -v b="$before" -v h="$clk_tck" 'BEGIN { print (a - b) / h }')
      daemon_rss=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
    fi
    if [ "$i" -ge "$warmup" ]; then
      seen="$seen $(load1)"
      awk -v l="$label" -v n="$size" -v c="$extra_cpu" -v r="${daemon_rss:-0}" \
        '{ printf "%s\t%s\t%.3f\t%.3f\t%d\n", l, n, $1, $2 + $3 + c, ($4 > r ? $4 : r) }' "$t" >>"$results"
    fi
  done
  printf '%s\t%s\t%s\n' "$label" "$size" "$seen" >>"$loads"
}

echo "benchmark.sh: work directory $work; Docker Compose: $compose_name" >&2
for n in $sizes; do
  dir=$work/p$n
  if [ ! -f "$dir/compose.yaml" ]; then
    java -cp "$bench_jar" dev.gen.bench.SyntheticProject "$n" "$dir"
  fi
  for mode in $modes; do
    case "$mode" in
      jvm) export GEN_DAEMON=off; suffix=" (own JVM)" ;;
      daemon) export GEN_DAEMON=on; suffix=" (daemon)"; start_daemon "$dir" ;;
      *) echo "benchmark.sh: unknown mode $mode" >&2; exit 2 ;;
    esac
    for c in $commands; do
      echo "benchmark.sh: gen $c$suffix, $n services ($(load1) load)..." >&2
      case "$c" in
        config | model) run "$mode" "gen $c$suffix" "$n" "$dir" "$gen" "$c" -q compose.yaml compose.override.yaml ;;
        charm | bundle | blueprint)
          run "$mode" "gen $c$suffix" "$n" "$dir" "$gen" "$c" -q compose.yaml compose.override.yaml -o "$work/out" ;;
        *) echo "benchmark.sh: unknown command $c" >&2; exit 2 ;;
      esac
    done
  done
  if [ ${#compose[@]} -gt 0 ]; then
    echo "benchmark.sh: docker compose config, $n services ($(load1) load)..." >&2
    run jvm "docker compose config" "$n" "$dir" "${compose[@]}" -f compose.yaml -f compose.override.yaml config
  fi
done

# column LABEL SIZE FIELD: that column's values for one command and size
column() { awk -F '\t' -v l="$1" -v n="$2" -v f="$3" '$1 == l && $2 == n { print $f }' "$results"; }
median() { stats | cut -d ' ' -f 1; }

labels=$(cut -f 1 "$results" | awk '!seen[$0]++')
echo
echo "Machine: $(nproc) cores, $(awk -F ': ' '/model name/ { print $2; exit }' /proc/cpuinfo)," \
  "$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM; $(java -version 2>&1 | head -n 1);" \
  "Docker Compose: $compose_name."
echo "Each line: $runs measured runs after $warmup warm-up; median (min-max); the 1-minute load average seen at the"
echo "start of the measured runs (min-max)."
echo
echo "| command | services | wall s | CPU s (user+sys) | peak RSS MB | load |"
echo "|---|---:|---:|---:|---:|---|"
while IFS= read -r label; do
  for n in $sizes; do
    [ -n "$(column "$label" "$n" 3)" ] || continue
    w=$(column "$label" "$n" 3 | stats)
    c=$(column "$label" "$n" 4 | stats)
    m=$(column "$label" "$n" 5 | awk '{ print $1 / 1024 }' | stats)
    l=$(awk -F '\t' -v l="$label" -v n="$n" '$1 == l && $2 == n { print $3 }' "$loads" | tr ' ' '\n' | grep -v '^$' \
      | stats | awk '{ print $2 "-" $3 }')
    printf '| %s | %s | %s | %s | %s | %s |\n' "$label" "$n" \
      "$(echo "$w" | awk '{ printf "%.2f (%.2f-%.2f)", $1, $2, $3 }')" \
      "$(echo "$c" | awk '{ printf "%.2f (%.2f-%.2f)", $1, $2, $3 }')" \
      "$(echo "$m" | awk '{ printf "%.0f (%.0f-%.0f)", $1, $2, $3 }')" "$l"
  done
done <<<"$labels"

# Cost per service: the median divided by the services, and the marginal cost from one size to the next (what each
# added service costs once start-up is paid). Flat marginal costs from 100 services on mean no quadratic step.
echo
echo "Cost per service, in ms: median wall time / services, and the marginal wall and CPU time of each service added"
echo "since the previous size."
echo
echo "| command | services | wall ms / service | marginal wall ms / service | marginal CPU ms / service |"
echo "|---|---:|---:|---:|---:|"
while IFS= read -r label; do
  prev_n=""
  for n in $sizes; do
    [ -n "$(column "$label" "$n" 3)" ] || continue
    w=$(column "$label" "$n" 3 | median)
    c=$(column "$label" "$n" 4 | median)
    if [ "$n" -ge 100 ]; then
      if [ -n "$prev_n" ] && [ "$prev_n" -ge 100 ]; then
        mw=$(awk -v a="$w" -v b="$prev_w" -v n="$n" -v p="$prev_n" 'BEGIN { printf "%.3f", 1000 * (a - b) / (n - p) }')
        mc=$(awk -v a="$c" -v b="$prev_c" -v n="$n" -v p="$prev_n" 'BEGIN { printf "%.3f", 1000 * (a - b) / (n - p) }')
      else
        mw="-"; mc="-"
      fi
      printf '| %s | %s | %s | %s | %s |\n' "$label" "$n" \
        "$(awk -v a="$w" -v n="$n" 'BEGIN { printf "%.3f", 1000 * a / n }')" "$mw" "$mc"
    fi
    prev_n=$n; prev_w=$w; prev_c=$c
  done
done <<<"$labels"
