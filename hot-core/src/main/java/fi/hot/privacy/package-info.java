/**
 * Personal data at capture: finds e-mail addresses, phone numbers, Finnish personal identity codes,
 * IBANs and payment card numbers in what customers said and replaces them with typed placeholders
 * ({@code [email]}, {@code [phone]}, {@code [hetu]}, {@code [iban]}, {@code [card]}) before
 * anything is classified or stored. Start from {@link fi.hot.privacy.Redactor#standard()}; a {@link
 * fi.hot.privacy.Redaction} is its result, and {@link fi.hot.privacy.Redactor#countPlaceholders}
 * counts what was redacted in stored text. The capture {@link fi.hot.Pipeline} runs it first.
 */
package fi.hot.privacy;
