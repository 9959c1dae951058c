package org.kompis.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Locale;
import java.util.Map;

/**
 * Logback's configuration, found through {@code META-INF/services} before any XML: one console appender on standard
 * error, plain or JSON. In code rather than XML because the format is chosen by an environment variable, which
 * logback's XML can only branch on with an extra scripting library.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** What people read: the same lines as before logback. */
    static final String PLAIN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSZ} %level %logger{0} - %msg%n";

    // Libraries that say too much: Bolt logs whole request bodies (and once secrets) at DEBUG, and its request
    // parser logs an unrecognised request's raw body at WARN, that is what people typed. Never lower than these.
    private static final Map<String, Level> QUIETER = Map.of(
            "com.slack.api", Level.INFO,
            "com.slack.api.bolt.util.SlackRequestParser", Level.ERROR,
            "org.eclipse.jetty", Level.WARN,
            "org.quartz", Level.WARN,
            "org.flywaydb", Level.WARN,
            "io.javalin", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("console");
        console.setTarget("System.err");
        console.setEncoder(encoder(context, setting("kompis.log.format", "KOMPIS_LOG_FORMAT")));
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.addAppender(console);
        root.setLevel(Level.toLevel(setting("kompis.log.level", "KOMPIS_LOG_LEVEL"), Level.INFO));
        QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The JSON encoder for {@code json}, else the plain lines (an unknown value must not silence the log). */
    static Encoder<ILoggingEvent> encoder(LoggerContext context, String format) {
        if ("json".equals(format == null ? null : format.trim().toLowerCase(Locale.ROOT))) {
            JsonEncoder json = new JsonEncoder();
            json.setContext(context);
            // The message once, as people read it; no raw pattern and arguments beside it, no logger context.
            json.setWithFormattedMessage(true);
            json.setWithMessage(false);
            json.setWithArguments(false);
            json.setWithContext(false);
            json.setWithSequenceNumber(false);
            json.setWithNanoseconds(false);
            json.start();
            return json;
        }
        PatternLayoutEncoder plain = new PatternLayoutEncoder();
        plain.setContext(context);
        plain.setPattern(PLAIN);
        plain.start();
        return plain;
    }

    /** A system property, else the environment variable. */
    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(variable);
    }
}
