package org.kompis.app;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * {@code GET /metrics} in Prometheus's text format. The code records on Micrometer's global registry (requests and
 * ack latency, handler time, Web API calls and 429s by method, scheduled runs, outbox depth and age, the PostgreSQL
 * pool), so no component needs the registry passed in; this adds the Prometheus registry to it and the JVM's meters.
 */
final class Observability implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    Observability() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Metrics.addRegistry(registry);
    }

    String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        Metrics.removeRegistry(registry);
        gc.close();
        registry.close();
    }
}
