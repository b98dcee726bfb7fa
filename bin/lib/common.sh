# shellcheck shell=bash
# Shared helpers for the Casekeep scripts in bin/. Source it; do not run it.

# Repository root (this file lives in <root>/bin/lib).
CASEKEEP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export CASEKEEP_ROOT

# Oldest Java feature release Casekeep builds and runs on.
CASEKEEP_MIN_JAVA=21

# Prints the feature release (8, 17, 21, 25, …) of the java launcher in JDK home $1, or nothing.
casekeep_java_major() {
  local java="$1/bin/java" version
  [ -x "$java" ] || return 0
  version="$("$java" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')"
  case "$version" in
    1.*) version="${version#1.}" ;;
  esac
  version="${version%%[!0-9]*}"
  printf '%s' "$version"
}

# Finds a JDK >= 21 and exports JAVA_HOME and PATH for it:
# $JAVA_HOME when it is new enough, else the newest JDK under /usr/lib/jvm ($CASEKEEP_JVM_DIR), else
# explains and exits 1.
casekeep_find_jdk() {
  local major jvm_dir="${CASEKEEP_JVM_DIR:-/usr/lib/jvm}"
  if [ -n "${JAVA_HOME:-}" ]; then
    major="$(casekeep_java_major "$JAVA_HOME")"
    if [ -n "$major" ] && [ "$major" -ge "$CASEKEEP_MIN_JAVA" ]; then
      export JAVA_HOME
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  fi
  local candidate best="" best_major=0
  for candidate in "$jvm_dir"/*; do
    if [ ! -d "$candidate" ] || [ ! -x "$candidate/bin/javac" ]; then
      continue
    fi
    major="$(casekeep_java_major "$candidate")"
    [ -n "$major" ] || continue
    if [ "$major" -ge "$CASEKEEP_MIN_JAVA" ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    {
      echo "Casekeep needs a JDK $CASEKEEP_MIN_JAVA or newer; set JAVA_HOME to one"
      echo "  (found: JAVA_HOME=${JAVA_HOME:-<unset>}$( [ -n "${JAVA_HOME:-}" ] && printf ' (Java %s)' "$(casekeep_java_major "$JAVA_HOME")" ), nothing suitable under $jvm_dir)."
      echo "  On Debian: apt-get install openjdk-21-jdk (or newer), or install a Temurin JDK."
    } >&2
    exit 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

# Seconds since the epoch with fractions, for measuring start-up times.
casekeep_now() {
  date +%s.%N
}

# Prints $2 - $1 (two casekeep_now values) with one decimal.
casekeep_elapsed() {
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'
}

# True when URL answers HTTP 200 now.
casekeep_url_ok() {
  curl --silent --fail --output /dev/null --max-time 5 "$1"
}

# casekeep_wait_for_url URL TIMEOUT_SECONDS [PID]
# Waits until URL answers HTTP 200. Returns 1 on timeout, or at once when PID (the server being
# waited for) has exited.
casekeep_wait_for_url() {
  local url="$1" timeout="$2" pid="${3:-}"
  local deadline=$((SECONDS + timeout))
  command -v curl > /dev/null || { echo "curl is needed (apt-get install curl)" >&2; return 1; }
  while [ "$SECONDS" -lt "$deadline" ]; do
    if casekeep_url_ok "$url"; then
      return 0
    fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2> /dev/null; then
      return 1
    fi
    sleep 0.25
  done
  return 1
}

# True when something already listens on 127.0.0.1:PORT.
casekeep_port_in_use() {
  (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null
}
