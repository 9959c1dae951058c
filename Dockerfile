# Kompis: build with Maven, run on a slim JRE as a non-root user with the database on a volume.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY config config
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /app kompis && mkdir -p /app /data && chown kompis /data
WORKDIR /app
COPY --from=build /src/target/kompis.jar /app/kompis.jar
COPY config /app/config
ENV PORT=3000 \
    KOMPIS_DB_URL=jdbc:sqlite:/data/kompis.db \
    KOMPIS_CONFIG=/app/config/kompis.yaml \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME /data
USER kompis
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 \
  CMD ["java", "-cp", "/app/kompis.jar", "org.kompis.app.HealthCheck"]
ENTRYPOINT ["java", "-jar", "/app/kompis.jar"]
