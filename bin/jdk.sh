# Sourced by ./storyline and .ci/run: finds a JDK 21 or newer and exports JAVA_HOME and STORYLINE_JAVA_OPTS.
# Order: $JAVA_HOME, the java on PATH, then the newest JDK under the usual install folders.

storyline_java_major() {
  # Prints the major version of the java binary $1 ("17", "21", "25"), or nothing.
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

# What to install for a JDK 21+, for the system this runs on (printed when none is found).
storyline_jdk_advice() {
  local id="" version="" like="" release="${STORYLINE_OS_RELEASE:-/etc/os-release}"
  if [ -r "$release" ]; then
    id=$(. "$release"; echo "${ID:-}"); version=$(. "$release"; echo "${VERSION_ID:-}")
    like=$(. "$release"; echo "${ID_LIKE:-}")
  fi
  case "${STORYLINE_UNAME:-$(uname -s 2>/dev/null)}" in
    Darwin) echo "  macOS:    brew install openjdk@21   (then follow brew's note to link it), or temurin from adoptium.net"; return ;;
    MINGW*|MSYS*|CYGWIN*) echo "  Windows:  winget install EclipseAdoptium.Temurin.21.JDK"; return ;;
  esac
  case "$id" in
    debian)
      if [ "${version%%.*}" = "12" ] || [ "${version%%.*}" = "11" ]; then
        echo "  Debian $version has no openjdk-21 package (its openjdk-17 is too old). Add the Adoptium repository:"
        echo "    sudo apt-get install -y wget apt-transport-https gpg"
        echo "    wget -qO - https://packages.adoptium.net/artifactory/api/gpg/key/public | sudo gpg --dearmor -o /usr/share/keyrings/adoptium.gpg"
        echo "    echo \"deb [signed-by=/usr/share/keyrings/adoptium.gpg] https://packages.adoptium.net/artifactory/deb \$(. /etc/os-release; echo \$VERSION_CODENAME) main\" | sudo tee /etc/apt/sources.list.d/adoptium.list"
        echo "    sudo apt-get update && sudo apt-get install -y temurin-21-jdk"
      else
        echo "  Debian:   sudo apt-get install openjdk-21-jdk   (Debian 13 and newer; on 12, temurin-21-jdk from adoptium.net)"
      fi ;;
    ubuntu|linuxmint|pop) echo "  Ubuntu:   sudo apt-get install openjdk-21-jdk   (22.04 and newer)" ;;
    fedora|rhel|centos|rocky|almalinux) echo "  Fedora/RHEL:  sudo dnf install java-21-openjdk-devel" ;;
    arch|manjaro) echo "  Arch:     sudo pacman -S jdk21-openjdk" ;;
    alpine) echo "  Alpine:   sudo apk add openjdk21-jdk" ;;
    *)
      case "$like" in
        *debian*|*ubuntu*) echo "  Debian/Ubuntu family:  sudo apt-get install openjdk-21-jdk, or temurin-21-jdk from adoptium.net" ;;
        *) echo "  Linux:    your distribution's OpenJDK 21 package, or temurin-21 from adoptium.net" ;;
      esac ;;
  esac
  echo "  any system:  https://adoptium.net (Temurin 21 or newer), then set JAVA_HOME to its folder"
}

storyline_find_jdk() {
  local candidate major best="" best_major=0 skipped=""
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")" 2>/dev/null)" \
      /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* /opt/java/* /opt/jdk*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(storyline_java_major "$candidate/bin/java")
    [ -n "$major" ] || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$major" -lt 21 ]; then skipped="$candidate (JDK $major)"; fi
    if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$major" -ge 21 ]; then best="$candidate"; best_major=$major; break; fi
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major=$major; fi
  done
  if [ -n "$skipped" ]; then
    if [ -n "$best" ]; then
      echo "storyline: JAVA_HOME is $skipped, older than 21: skipped; using $best (JDK $best_major)" >&2
    else
      echo "storyline: JAVA_HOME is $skipped, older than the JDK 21 Storyline needs" >&2
    fi
  fi
  if [ -z "$best" ]; then
    echo "storyline: no JDK 21 or newer found (checked JAVA_HOME, the java on PATH, /usr/lib/jvm and the usual" \
      "install folders). Install one, then run this again:" >&2
    storyline_jdk_advice >&2
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
