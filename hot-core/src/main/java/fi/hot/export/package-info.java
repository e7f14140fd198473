/**
 * Writing statements out: JSONL (lossless), CSV (for spreadsheets, guarded against formula
 * injection) and Markdown (for reading, grouped by label). Start from {@link
 * fi.hot.export.Exporter#of}; an {@link fi.hot.export.ExportSink} takes statements one at a time,
 * so that a store's {@code forEach} can feed it. {@link fi.hot.export.CustomerDataJson} writes
 * everything held about one customer as one document. Reports: {@link fi.hot.export.HtmlReport}
 * (one self-contained file with inline SVG charts) and {@link fi.hot.export.MarkdownReport} format
 * a {@link fi.hot.insight.ReportData}. Exporters and reports only format what they are given and
 * escape all user text.
 */
package fi.hot.export;
