/**
 * Individual points of contact (CRM PIA 1.1, item 2): their directory (search, read, add, correct, delete on
 * request, export), their retention and their pages and API. Cell phone and email are seen only by contact viewers
 * of the owning component (PIA 4.1).
 * <p>
 * Each individual records whether the notice they were given allows contact for customer research, and the day it
 * was given (customer research PIA, "Recruiting Participants"); anything but a recorded yes is no.
 * {@link org.casekeep.crm.individuals.ResearchContacts#candidates} lists only those with a yes, holding only name,
 * work phone, email and mailing address. It is the CRM's answer to the research module's
 * {@code RecruitmentListRequested} (answered with {@code RecruitmentCandidatesOffered}), to be built with the research
 * module; it is not on the API.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.crm.individuals;
