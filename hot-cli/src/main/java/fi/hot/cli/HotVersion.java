package fi.hot.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class HotVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = HotVersion.class.getPackage().getImplementationVersion();
    return new String[] {
      "hot " + (v == null ? "development build" : v),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
