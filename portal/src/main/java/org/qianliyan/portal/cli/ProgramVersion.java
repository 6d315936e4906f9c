package org.qianliyan.portal.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version in the jar's manifest, or "development" when run from classes. */
final class ProgramVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ProgramVersion.class.getPackage().getImplementationVersion();
        return new String[] {"qianliyan " + (version == null ? "development" : version)};
    }
}
