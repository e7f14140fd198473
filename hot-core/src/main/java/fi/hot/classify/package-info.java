/**
 * Tags what customers say with DREAM, PROBLEM and NEED, and measures how well that is done.
 *
 * <p>Start from {@link fi.hot.classify.Classifiers#standard()}, which returns the shared {@link
 * fi.hot.classify.Classifier}: today a {@link fi.hot.classify.CueClassifier} that reads Finnish and
 * English cue {@link fi.hot.classify.Lexicon}s (negation, conditional mood, requests, wishes). A
 * classifier is pure: text and language in, a {@link fi.hot.model.Classification} with confidences
 * and cues out.
 *
 * <p>{@link fi.hot.classify.Evaluation} compares a classifier with {@link
 * fi.hot.classify.GoldStatement}s (read by {@link fi.hot.ingest.GoldReader}): accuracy, macro-F1,
 * per-label precision and recall, and the confusion matrix.
 */
package fi.hot.classify;
