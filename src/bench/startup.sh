#!/usr/bin/env bash
# Start-up time, process start to the first 200, of this build run in several ways, each also
# given as a multiple of a minimal Boot webmvc app (one @RestController) built and started in the
# same run, the same way (fat jar, Java 17), so that a busy machine shows in both:
#
#   minimal fat jar              spring-boot-starter-parent + spring-boot-starter-webmvc only,
#                                generated in a temporary folder and built with ./mvnw
#   minimal JPA fat jar          the same plus spring-boot-starter-data-jpa and H2, with one
#                                entity stored at start-up and one repository query per
#                                request: the floor of the stack this app must use
#   fat jar                      java -jar target/app.jar
#   extracted                    java -Djarmode=tools -jar app.jar extract, then java -jar
#   extracted + AOT              the same with -Dspring.aot.enabled=true (the build runs
#                                spring-boot:process-aot, so the jar holds the AOT code)
#   extracted + AOT + CDS        the same with a class-data-sharing archive made by one
#                                training run (-XX:ArchiveClassesAtExit, spring.context.exit=onRefresh)
#   ... + C1 only                the same with -XX:TieredStopAtLevel=1: on 2 cores the C2
#                                compiler threads compete with start-up; costs peak speed
#   Java 25 + AOT + AOTCache     Java 25's ahead-of-time cache (JEP 483/514/515: classes loaded
#                                and linked, method profiles), written by one training run with
#                                -XX:AOTCacheOutput, read with -XX:AOTCache
#   ... + Serial GC              the same with -XX:+UseSerialGC, in training and in use
#   ... AOTCache served           the same, trained on a run that also serves a few pages
#   fat jar, 3-event data        the fat jar on the test suite's smallest valid data directory
#                                (src/test/resources/dataset/valid): what the 868 files cost
#   minimal [JPA] + Java 25 ...  the two minimal apps started the fastest way (AOT context,
#                                AOTCache, C1 only, Serial GC), as floors for the fastest recipe
#
#   bash src/bench/startup.sh          # 5 runs of each, prints every run and the median
#   RUNS=3 bash src/bench/startup.sh
#   JAR=/path/to/other.jar bash src/bench/startup.sh   # another build, e.g. before a change
#
# It ends with the recipe of the fastest mode. Everything runs on 127.0.0.1 and stops.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS="${RUNS:-5}"
PORT="${PORT:-18090}"
DATA_DIR="${DATA_DIR:-data}"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
TIMEOUT="${TIMEOUT:-180}" # seconds one start may take before the script gives up

. src/bench/common.sh
jar=$(bench_jar)
work=$(mktemp -d)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The minimal app: the same Boot version and the same Java, nothing but webmvc.
minimal="$work/minimal"
mkdir -p "$minimal/src/main/java/bench"
cat >"$minimal/pom.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
	<modelVersion>4.0.0</modelVersion>
	<parent>
		<groupId>org.springframework.boot</groupId>
		<artifactId>spring-boot-starter-parent</artifactId>
		<version>4.1.1</version>
		<relativePath/>
	</parent>
	<groupId>bench</groupId>
	<artifactId>minimal</artifactId>
	<version>1</version>
	<properties>
		<java.version>17</java.version>
	</properties>
	<dependencies>
		<dependency>
			<groupId>org.springframework.boot</groupId>
			<artifactId>spring-boot-starter-webmvc</artifactId>
		</dependency>
	</dependencies>
	<build>
		<plugins>
			<plugin>
				<groupId>org.springframework.boot</groupId>
				<artifactId>spring-boot-maven-plugin</artifactId>
				<executions>
					<execution>
						<id>process-aot</id>
						<goals>
							<goal>process-aot</goal>
						</goals>
					</execution>
				</executions>
			</plugin>
		</plugins>
	</build>
</project>
EOF
cat >"$minimal/src/main/java/bench/MinimalApplication.java" <<'EOF'
package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MinimalApplication {

	public static void main(String[] args) {
		SpringApplication.run(MinimalApplication.class, args);
	}

}
EOF
cat >"$minimal/src/main/java/bench/PingController.java" <<'EOF'
package bench;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PingController {

	@GetMapping("/ping")
	String ping() {
		return "ok";
	}

}
EOF
# The minimal JPA app: the minimal app plus Spring Data JPA and H2, one entity and one
# derived query, so that the cost of the stack itself shows apart from this app's own.
minimal_jpa="$work/minimal-jpa"
mkdir -p "$minimal_jpa/src/main/java/bench"
jpa_dependencies='\t\t<dependency>\n\t\t\t<groupId>org.springframework.boot</groupId>\n\t\t\t<artifactId>spring-boot-starter-data-jpa</artifactId>\n\t\t</dependency>\n\t\t<dependency>\n\t\t\t<groupId>com.h2database</groupId>\n\t\t\t<artifactId>h2</artifactId>\n\t\t</dependency>\n'
sed -e 's#<artifactId>minimal</artifactId>#<artifactId>minimal-jpa</artifactId>#' \
  -e "s#^\t</dependencies>#${jpa_dependencies}\t</dependencies>#" "$minimal/pom.xml" >"$minimal_jpa/pom.xml"
cp "$minimal/src/main/java/bench/MinimalApplication.java" "$minimal_jpa/src/main/java/bench/"
cat >"$minimal_jpa/src/main/java/bench/Item.java" <<'EOF'
package bench;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Item {

	@Id
	public String id;

	public String name;

}
EOF
cat >"$minimal_jpa/src/main/java/bench/ItemRepository.java" <<'EOF'
package bench;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ItemRepository extends JpaRepository<Item, String> {

	List<Item> findAllByOrderByName();

}
EOF
cat >"$minimal_jpa/src/main/java/bench/PingController.java" <<'EOF'
package bench;

import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Configuration
class PingController {

	private final ItemRepository items;

	PingController(ItemRepository items) {
		this.items = items;
	}

	@Bean
	CommandLineRunner store() {
		return (args) -> {
			Item item = new Item();
			item.id = "1";
			item.name = "ok";
			this.items.save(item);
		};
	}

	@GetMapping("/ping")
	String ping() {
		return this.items.findAllByOrderByName().get(0).name;
	}

}
EOF
# Offline when the local repository has it all, else from Maven Central.
for app in "$minimal" "$minimal_jpa"; do
  ./mvnw -f "$app/pom.xml" -o -q -B package >"$work/minimal-build.log" 2>&1 \
    || ./mvnw -f "$app/pom.xml" -q -B package >"$work/minimal-build.log" 2>&1 \
    || { echo "$(basename "$app") did not build:" >&2; tail -20 "$work/minimal-build.log" >&2; exit 1; }
done
minimal_jar="$minimal/target/minimal-1.jar"
minimal_jpa_jar="$minimal_jpa/target/minimal-jpa-1.jar"

java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
extracted="$work/app/$(basename "$jar")"
data="$(cd "$DATA_DIR" && pwd)"

first200() { # java, path, java args... -> milliseconds from process start to the first 200
  # (MEASURE_DATA, when set, is the data directory instead of DATA_DIR)
  local java="$1" path="$2" start_ns deadline
  shift 2
  start_ns=$(date +%s%N)
  deadline=$((SECONDS + TIMEOUT))
  "$java" "$@" --server.port="$PORT" --server.address=127.0.0.1 --timeline.data-dir="${MEASURE_DATA:-$data}" \
    >"$work/app.log" 2>&1 &
  app_pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT$path"; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the app did not start:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
    [ "$SECONDS" -lt "$deadline" ] || { echo "no 200 after $TIMEOUT s:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
    sleep 0.02
  done
  echo $(( ($(date +%s%N) - start_ns) / 1000000 ))
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

declare -A median_of recipe_of
modes=()
baseline=""
measure() { # name, java, path, java args...
  local name="$1" java="$2" path="$3"
  shift 3
  local times=() median ratio=""
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(first200 "$java" "$path" "$@")")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  if [ -n "$baseline" ]; then
    ratio=$(awk -v m="$median" -v b="$baseline" 'BEGIN {printf "%5.1fx minimal", m / b}')
  fi
  printf '%-44s median %6d ms  %s   runs: %s\n' "$name" "$median" "$ratio" "${times[*]}"
  grep -oE 'Loaded .*' "$work/app.log" | sed 's/^/                                             /' || true
  median_of[$name]=$median
  modes+=("$name")
}

echo "$(java -version 2>&1 | head -n 1); $("$JAVA25" -version 2>&1 | head -n 1); $(nproc) cores;" \
  "load $(cut -d ' ' -f 1-3 /proc/loadavg); $RUNS runs each"
measure "minimal fat jar" java /ping -jar "$minimal_jar"
baseline=${median_of["minimal fat jar"]}
measure "minimal JPA fat jar" java /ping -jar "$minimal_jpa_jar"
app=/api/events?size=1
measure "fat jar" java "$app" -jar "$jar"
recipe_of["fat jar"]="java -jar $jar"
MEASURE_DATA="$(pwd)/src/test/resources/dataset/valid" measure "fat jar, 3-event data" java "$app" -jar "$jar"
measure "extracted" java "$app" -jar "$extracted"
recipe_of["extracted"]="java -Djarmode=tools -jar $jar extract --destination app
  java -jar app/$(basename "$jar")"
measure "extracted + AOT" java "$app" -Dspring.aot.enabled=true -jar "$extracted"
recipe_of["extracted + AOT"]="java -Djarmode=tools -jar $jar extract --destination app
  java -Dspring.aot.enabled=true -jar app/$(basename "$jar")"

# One training run writes the class-data-sharing archive; it stops once the context is refreshed.
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
  -jar "$extracted" --timeline.data-dir="$data" >"$work/training.log" 2>&1
cds_recipe="java -Djarmode=tools -jar $jar extract --destination app
  java -XX:ArchiveClassesAtExit=app/app.jsa -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar app/$(basename "$jar")"
measure "extracted + AOT + CDS" java "$app" -XX:SharedArchiveFile="$work/app.jsa" -Dspring.aot.enabled=true \
  -jar "$extracted"
recipe_of["extracted + AOT + CDS"]="$cds_recipe
  java -XX:SharedArchiveFile=app/app.jsa -Dspring.aot.enabled=true -jar app/$(basename "$jar")"
measure "extracted + AOT + CDS + C1" java "$app" -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$work/app.jsa" \
  -Dspring.aot.enabled=true -jar "$extracted"
recipe_of["extracted + AOT + CDS + C1"]="$cds_recipe
  java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=app/app.jsa -Dspring.aot.enabled=true -jar app/$(basename "$jar")"

if [ -x "$JAVA25" ]; then
  # Java 25: one training run writes the AOT cache (JEP 514's one-step -XX:AOTCacheOutput).
  "$JAVA25" -XX:AOTCacheOutput="$work/app.aot" -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
    -jar "$extracted" --timeline.data-dir="$data" >"$work/training25.log" 2>&1
  aot_recipe="java -Djarmode=tools -jar $jar extract --destination app
  $JAVA25 -XX:AOTCacheOutput=app/app.aot -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar app/$(basename "$jar")"
  measure "Java 25 + AOT + AOTCache" "$JAVA25" "$app" -XX:AOTCache="$work/app.aot" -Dspring.aot.enabled=true \
    -jar "$extracted"
  recipe_of["Java 25 + AOT + AOTCache"]="$aot_recipe
  $JAVA25 -XX:AOTCache=app/app.aot -Dspring.aot.enabled=true -jar app/$(basename "$jar")"
  measure "Java 25 + AOT + AOTCache + C1" "$JAVA25" "$app" -XX:TieredStopAtLevel=1 -XX:AOTCache="$work/app.aot" \
    -Dspring.aot.enabled=true -jar "$extracted"
  recipe_of["Java 25 + AOT + AOTCache + C1"]="$aot_recipe
  $JAVA25 -XX:TieredStopAtLevel=1 -XX:AOTCache=app/app.aot -Dspring.aot.enabled=true -jar app/$(basename "$jar")"

  # The same with the Serial collector, trained with it too. On 2 cores the JVM picks G1,
  # whose concurrent threads and barriers cost start-up time that a heap this small
  # (the soak runs in 128 MB) does not need back.
  "$JAVA25" -XX:+UseSerialGC -XX:AOTCacheOutput="$work/app-serial.aot" -Dspring.aot.enabled=true \
    -Dspring.context.exit=onRefresh -jar "$extracted" --timeline.data-dir="$data" >"$work/training25g.log" 2>&1
  measure "Java 25 + AOT + AOTCache + C1 + Serial GC" "$JAVA25" "$app" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -XX:AOTCache="$work/app-serial.aot" -Dspring.aot.enabled=true -jar "$extracted"
  recipe_of["Java 25 + AOT + AOTCache + C1 + Serial GC"]="java -Djarmode=tools -jar $jar extract --destination app
  $JAVA25 -XX:+UseSerialGC -XX:AOTCacheOutput=app/app.aot -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar app/$(basename "$jar")
  $JAVA25 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:AOTCache=app/app.aot -Dspring.aot.enabled=true -jar app/$(basename "$jar")"

  # A training run that also serves requests, as JEP 483 advises (representative of what
  # follows): the cache then holds what the first requests load too. The cache is written
  # when the JVM exits, here on SIGTERM.
  "$JAVA25" -XX:AOTCacheOutput="$work/app-served.aot" -Dspring.aot.enabled=true -jar "$extracted" \
    --timeline.data-dir="$data" --server.port="$PORT" --server.address=127.0.0.1 >"$work/training25s.log" 2>&1 &
  app_pid=$!
  deadline=$((SECONDS + TIMEOUT))
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT$app"; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the training run did not start:" >&2; tail -20 "$work/training25s.log" >&2; exit 1; }
    [ "$SECONDS" -lt "$deadline" ] || { echo "the training run gave no 200 after $TIMEOUT s" >&2; exit 1; }
    sleep 0.05
  done
  for page in / /api/events /sources /disputes /study "/events/$(curl -fs "http://127.0.0.1:$PORT/api/events?size=1" |
    sed -E 's/.*"content":\[\{"id":"([^"]+)".*/\1/')"; do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT$page" || { echo "the training run failed on $page" >&2; exit 1; }
  done
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  [ -s "$work/app-served.aot" ] || { echo "the training run wrote no cache:" >&2; tail -20 "$work/training25s.log" >&2; exit 1; }
  measure "Java 25 + AOT + AOTCache served + C1" "$JAVA25" "$app" -XX:TieredStopAtLevel=1 \
    -XX:AOTCache="$work/app-served.aot" -Dspring.aot.enabled=true -jar "$extracted"
  recipe_of["Java 25 + AOT + AOTCache served + C1"]="java -Djarmode=tools -jar $jar extract --destination app
  $JAVA25 -XX:AOTCacheOutput=app/app.aot -Dspring.aot.enabled=true -jar app/$(basename "$jar")
  (ask it for a few pages, then stop it with SIGTERM: the cache is written on exit)
  $JAVA25 -XX:TieredStopAtLevel=1 -XX:AOTCache=app/app.aot -Dspring.aot.enabled=true -jar app/$(basename "$jar")"

  # The floors of the fastest recipe: the two minimal apps extracted, trained and started the
  # same way as the Serial GC mode above.
  for floor in "minimal:$minimal_jar" "minimal JPA:$minimal_jpa_jar"; do
    name=${floor%%:*}
    floor_jar=${floor#*:}
    floor_dir="$work/floor-$(basename "$floor_jar" .jar)"
    java -Djarmode=tools -jar "$floor_jar" extract --destination "$floor_dir" >/dev/null
    "$JAVA25" -XX:+UseSerialGC -XX:AOTCacheOutput="$floor_dir/app.aot" -Dspring.aot.enabled=true \
      -Dspring.context.exit=onRefresh -jar "$floor_dir/$(basename "$floor_jar")" >"$work/training25-floor.log" 2>&1
    measure "$name + Java 25 + AOT + AOTCache + C1 + Serial GC" "$JAVA25" /ping -XX:TieredStopAtLevel=1 \
      -XX:+UseSerialGC -XX:AOTCache="$floor_dir/app.aot" -Dspring.aot.enabled=true \
      -jar "$floor_dir/$(basename "$floor_jar")"
  done
fi

fastest=""
for mode in "${modes[@]}"; do
  [ -n "${recipe_of[$mode]:-}" ] || continue
  if [ -z "$fastest" ] || [ "${median_of[$mode]}" -lt "${median_of[$fastest]}" ]; then
    fastest=$mode
  fi
done
echo
echo "fastest: $fastest, median ${median_of[$fastest]} ms ($(awk -v m="${median_of[$fastest]}" -v b="$baseline" \
  'BEGIN {printf "%.1fx", m / b}') the minimal fat jar's ${baseline} ms); recipe:"
echo "  ${recipe_of[$fastest]}"
jpa=${median_of["minimal JPA fat jar"]}
echo "the stack's floor: the minimal JPA fat jar starts in ${jpa} ms, $(awk -v j="$jpa" -v b="$baseline" \
  'BEGIN {printf "%.1fx", j / b}') the minimal fat jar; this app's fat jar is $(awk -v m="${median_of["fat jar"]}" \
  -v j="$jpa" 'BEGIN {printf "%.1fx", m / j}') the minimal JPA fat jar"
echo "the data's share: on the 3 events of the test data the fat jar starts in" \
  "${median_of["fat jar, 3-event data"]} ms, on the full data in ${median_of["fat jar"]} ms"
floor="minimal JPA + Java 25 + AOT + AOTCache + C1 + Serial GC"
if [ -n "${median_of[$floor]:-}" ]; then
  echo "the fastest recipe's floor: the minimal JPA app started that way takes ${median_of[$floor]} ms;" \
    "this app's fastest is $(awk -v m="${median_of[$fastest]}" -v j="${median_of[$floor]}" \
    'BEGIN {printf "%.1fx", m / j}') that"
fi
