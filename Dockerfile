# syntax=docker/dockerfile:1

# ---- build stage -----------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace

# Maven wrapper + POM first, so the dependency layer is cached until pom.xml changes.
COPY mvnw ./
COPY .mvn .mvn
COPY pom.xml ./
RUN chmod +x mvnw && ./mvnw -B dependency:go-offline

COPY src src
RUN ./mvnw -B -DskipTests package
# Pick the single executable Spring Boot jar (the repackage step leaves *.jar.original beside it).
RUN set -eu; \
    jars="$(find target -maxdepth 1 -type f -name 'summit-tracker-*.jar' \
              ! -name '*-sources.jar' ! -name '*-javadoc.jar' ! -name '*-plain.jar')"; \
    if [ "$(printf '%s\n' "$jars" | grep -c .)" -ne 1 ]; then \
      echo "expected exactly one target/summit-tracker-*.jar, found: [$jars]" >&2; exit 1; \
    fi; \
    cp "$jars" /workspace/app.jar

# ---- runtime stage ---------------------------------------------------------
FROM eclipse-temurin:17-jre
RUN groupadd --system app && useradd --system --gid app --no-create-home --home-dir /app app
WORKDIR /app
COPY --from=build /workspace/app.jar /app/app.jar
USER app
ENV PORT=8080
EXPOSE 8080
# Extra JVM flags: set JAVA_TOOL_OPTIONS (read by the JVM itself).
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
