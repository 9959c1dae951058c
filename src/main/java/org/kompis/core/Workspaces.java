package org.kompis.core;

/**
 * The settings of each workspace Kompis serves. Today one workspace, filled from the environment and
 * {@code config/kompis.yaml}; an installation store fills it per team later, without a ritual noticing.
 */
@FunctionalInterface
public interface Workspaces {
    WorkspaceSettings of(String teamId, String enterpriseId);

    default WorkspaceSettings of(String teamId) {
        return of(teamId, null);
    }
}
