package org.kompis.app;

import java.util.function.BooleanSupplier;

/** {@code /healthz}: the process and its parts are up (restart it if not); {@code /readyz}: it can work now. */
record Health(BooleanSupplier alive, Readiness ready) {}
