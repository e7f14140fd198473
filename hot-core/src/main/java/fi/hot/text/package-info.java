/**
 * Language and text analysis shared by the classifier and the store: which language a statement is
 * in, and its words, normalised.
 *
 * <p>Start from {@link fi.hot.text.LanguageDetectors#standard()} for the language (FI, EN or OTHER)
 * and {@link fi.hot.text.Tokens#of} for the words: Lucene's Unicode tokenizer, lower case, folded
 * diacritics, Snowball stems, and the sentence and clause each word stands in.
 */
package fi.hot.text;
