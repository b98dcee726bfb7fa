/**
 * Public versions of the Ombudsman's final inspection reports and of its recommendations (PIA overview,
 * "Investigations": "PII included in reports shared with ICE, CBP, or other DHS offices will be redacted from any
 * publicly issued reports or recommendations"; 2.1, 2.3, 6.x): a draft started from the text, every name of a person
 * the file holds and every SPII offered for redaction, each resolved before publication, and a public reading room
 * without sign-in that shows only what was published.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.detention.publication;
