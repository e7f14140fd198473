/**
 * The values HOT passes along: start from {@link fi.hot.model.Statement} (one thing a customer
 * said) and its {@link fi.hot.model.Statement.Draft} (what a capture path builds), {@link
 * fi.hot.model.Classification} (labels with confidences and cues), {@link fi.hot.model.Feeling}
 * (polarity and {@link fi.hot.model.Emotion}, with its {@link fi.hot.model.FeelingCue}s) and {@link
 * fi.hot.model.Query} (what to look for). Closing the loop adds {@link
 * fi.hot.model.CustomerProfile} (changed through {@link fi.hot.model.ProfileUpdate}), {@link
 * fi.hot.model.LoopEvent} (appended) with the {@link fi.hot.model.LoopState} derived from them, and
 * {@link fi.hot.model.Goal}. A person's labels are a {@link fi.hot.model.Classification} of origin
 * HUMAN, each change a {@link fi.hot.model.LabelChange}; {@link fi.hot.model.Reclassification} says
 * what reclassifying a store did. Privacy adds {@link fi.hot.model.CustomerData} (everything held
 * about a customer) and the receipts {@link fi.hot.model.ErasureReceipt} and {@link
 * fi.hot.model.RetentionReceipt}. All are immutable and safe to share between threads.
 */
package fi.hot.model;
