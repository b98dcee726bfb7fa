/**
 * Detection and redaction of sensitive PII (Social Security numbers, A-Numbers, USCIS receipt numbers, dates of birth)
 * and of race, ethnicity and religion in free text such as letters, uploads and case notes.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.spii;
