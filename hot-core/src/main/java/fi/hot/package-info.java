/**
 * HOT: capture what customers say (their dreams, problems and needs) and turn it into insight.
 * Start from {@link fi.hot.Hot#open(java.nio.file.Path)}, which opens the embedded store, a {@link
 * fi.hot.HotStore}. {@link fi.hot.StoreModel} keeps a classifier trained on the store's corrections
 * with the store. Errors are {@link fi.hot.HotException}s: {@link fi.hot.HotParseException} for bad
 * input with its location, {@link fi.hot.HotStoreException} for a store that cannot be used, {@link
 * fi.hot.HotQueryException} for a query that cannot be understood.
 */
package fi.hot;
