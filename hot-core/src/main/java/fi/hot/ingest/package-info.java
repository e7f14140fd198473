/**
 * Reading files into statements: JSONL, CSV and conversation transcripts. Start from {@link
 * fi.hot.ingest.Importer}, which reads a file into a {@link fi.hot.HotStore} in batches; to read
 * drafts without a store, take a {@link fi.hot.ingest.StatementReader} from {@link
 * fi.hot.ingest.Readers#of}. Every bad record is reported as a {@link fi.hot.HotParseException}
 * naming {@code file:line}, and the good ones are kept.
 */
package fi.hot.ingest;
