# Sourced by ./storyline and .ci/run: finds a JDK 21 or newer and exports JAVA_HOME and STORYLINE_JAVA_OPTS.
# Order: $JAVA_HOME, the java on PATH, then the newest JDK under the usual install folders.

storyline_java_major() {
  # Prints the major version of the java binary $1 ("17", "21", "25"), or nothing.
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

storyline_find_jdk() {
  local candidate major best="" best_major=0
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")" 2>/dev/null)" \
      /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* /opt/java/* /opt/jdk*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(storyline_java_major "$candidate/bin/java")
    [ -n "$major" ] || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$major" -ge 21 ]; then best="$candidate"; best_major=$major; break; fi
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    cat >&2 <<'MSG'
storyline: no JDK 21 or newer found (checked JAVA_HOME, the java on PATH and /usr/lib/jvm).
Install one, then run this again:
  Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk   (or temurin-21-jdk from adoptium.net)
  macOS:          brew install openjdk@21
  any system:     https://adoptium.net — then set JAVA_HOME to its folder
MSG
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
  # Native access for SQLite's JNI library; the incubating vector API lets Lucene compute vector similarities
  # with SIMD (nearest-neighbour search about twice as fast).
  export STORYLINE_JAVA_OPTS="--enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector ${STORYLINE_JAVA_OPTS:-}"
  # Maven 3.9's Guava warns about sun.misc.Unsafe on JDK 24+; the flag that silences it exists there only.
  if [ "$best_major" -ge 24 ]; then
    export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}"
  fi
}
