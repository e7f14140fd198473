/**
 * The embedded store: statements in an Apache Lucene index on local disk. Start from {@link
 * fi.hot.store.LuceneHotStore}, usually opened through {@link fi.hot.Hot#open(java.nio.file.Path)}.
 * Each statement is kept whole as JSON, beside fields to filter, sort and count by and its text
 * analysed three ways (Finnish, English, unstemmed), which one query searches together. Customer
 * profiles, loop events, goals, a person's label changes and receipts are documents of other kinds
 * in the same index ({@code Facts}).
 */
package fi.hot.store;
