/**
 * The contracts a ritual is built against, and nothing that builds them: {@link org.kompis.core.Ritual}, the
 * commands, Home sections and personal-data parts it registers, the settings it reads, and the add-on contract
 * through which something beside Kompis (the sandbox) contributes routes. It imports no ritual, no wiring
 * ({@code app}) and no feature; the wiring at the top implements these and hands them in.
 */
package org.kompis.core;
