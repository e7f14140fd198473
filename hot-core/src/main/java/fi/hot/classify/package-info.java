/**
 * Tags what customers say with DREAM, PROBLEM and NEED, explains why, and measures how well that is
 * done.
 *
 * <p>Start from {@link fi.hot.classify.Classifiers#standard()}, which returns the shared {@link
 * fi.hot.classify.TrainedClassifier}: one logistic regression per label over hashed character
 * n-grams, words and word pairs and the cues of the {@link fi.hot.classify.CueClassifier}, with
 * thresholds tuned by cross-validation. The build trains it from the data shipped under {@code
 * fi/hot/classify/training} ({@link fi.hot.classify.Trainer}). {@link
 * fi.hot.classify.TrainedClassifier#explain} gives each label's score, threshold and the exact
 * contribution of every feature as an {@link fi.hot.classify.Explanation}. {@link
 * fi.hot.classify.Classifiers#cues()} is the cue layer alone (Finnish and English cue {@link
 * fi.hot.classify.Lexicon}s: negation, conditional mood, requests, wishes), kept for comparison. A
 * classifier is pure: text and language in, a {@link fi.hot.model.Classification} with confidences
 * and cues out.
 *
 * <p>{@link fi.hot.classify.Evaluation} compares a classifier with {@link
 * fi.hot.classify.GoldStatement}s (read by {@link fi.hot.ingest.GoldReader}): accuracy, macro-F1,
 * per-label precision and recall, and the confusion matrix.
 *
 * <p>The customer's feeling is read by {@link fi.hot.classify.FeelingReader#standard()}: a polarity
 * from -1 to +1 and an emotion (frustrated, worried, hurried, pleased or neutral) from the cues of
 * a Finnish and an English {@link fi.hot.classify.FeelingLexicon}, with negation, intensifiers,
 * capitals and exclamation marks. {@link fi.hot.classify.FeelingEvaluation} measures it against
 * {@link fi.hot.classify.FeelingGold} statements, such as the shipped {@code
 * training/feeling.jsonl}.
 */
package fi.hot.classify;
