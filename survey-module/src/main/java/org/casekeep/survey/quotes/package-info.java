/**
 * Subject matter experts who agree to be quoted (Customer Research PIA "Focus Groups": "in some focus groups, Subject
 * Matter Experts agree to be quoted and to have their comments disseminated to the industry ... the experts are
 * allowed to decline"): each person's permission with its date and scope, quotes taken word for word from verified,
 * redacted transcripts, and the quote export that names a speaker only with their agreement.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.quotes;
