package fi.hot.model;

import java.util.List;

/**
 * What a batch capture did: the statements it added and those the store already had (same id).
 *
 * @param added newly stored, in input order
 * @param duplicates already in the store (or repeated within the batch), in input order
 */
public record CaptureResult(List<Statement> added, List<Statement> duplicates) {

  public CaptureResult {
    added = List.copyOf(added);
    duplicates = List.copyOf(duplicates);
  }
}
