/**
 * What a company learns from what its customers said, computed from facts the store gives. Start
 * from {@link fi.hot.insight.Themes}: the recurring themes of a selection of statements, found in
 * their words and phrases or pinned by a team in a {@link fi.hot.insight.ThemeFile}, each a {@link
 * fi.hot.insight.Theme} with exact counts. Customer profiles, closing the loop and metrics live
 * here too, and {@link fi.hot.insight.ReportData}: everything a report shows, computed once, the
 * feeling trend ({@link fi.hot.insight.ReportData.FeelingTrend}) among it.
 */
package fi.hot.insight;
