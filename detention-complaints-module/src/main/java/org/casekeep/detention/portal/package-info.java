/**
 * The public complaint portal (OIDO PIA 2.2: the online form "in the future", built now), without sign-in, under
 * {@code /public/detention}: the Privacy Act Statement before the first field and the consent questions (PIA 4.1,
 * 4.2), fields not required marked so (PIA 2.5), anonymous complaints accepted (PIA footnote 2), English and Spanish.
 * Each submitter gets the case number and a one-time receipt code, shown once and stored only as its hash, to follow
 * up without an account: the status in plain words and a way to add information, appended as received (PIA 2.4). Built
 * on the kernel's public pages (languages, rate limits, bot trap, receipt codes); files through the module's intake and
 * supporting documents.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.detention.portal;
