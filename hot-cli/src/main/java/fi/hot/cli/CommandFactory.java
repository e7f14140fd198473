package fi.hot.cli;

import picocli.CommandLine;

/** Builds commands, handing those that want them the shared {@link Globals}. */
final class CommandFactory implements CommandLine.IFactory {
  private final Globals globals;
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  CommandFactory(Globals globals) {
    this.globals = globals;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    try {
      return cls.getDeclaredConstructor(Globals.class).newInstance(globals);
    } catch (NoSuchMethodException e) {
      return fallback.create(cls);
    }
  }
}
