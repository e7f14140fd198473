package fi.hot.export;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hot.ingest.Format;
import fi.hot.model.Statement;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoundTripPropertiesTest {

  @Provide
  Arbitrary<List<Statement>> jsonlStatements() {
    return Generated.forJsonl().list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<Statement>> csvStatements() {
    return Generated.forCsv().list().ofMaxSize(5);
  }

  @Property(tries = 300, seed = "20261014")
  void jsonl_import_of_an_export_gives_the_same_statements(
      @ForAll("jsonlStatements") List<Statement> statements) {
    String jsonl = ExportTest.export(ExportFormat.JSONL, statements);
    assertThat(ExportTest.readBack(Format.JSONL, jsonl)).isEqualTo(statements);
  }

  @Property(tries = 300, seed = "20261014")
  void csv_import_of_an_export_gives_the_same_statements(
      @ForAll("csvStatements") List<Statement> statements) {
    String csv = ExportTest.export(ExportFormat.CSV, statements);
    assertThat(ExportTest.readBack(Format.CSV, csv)).isEqualTo(statements);
  }
}
