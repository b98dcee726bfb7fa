/**
 * The opt-out of future research (Customer Research PIA 2.2 and overview "DHS Administered Surveys"): a list of keyed
 * hashes of normalized e-mails and phones, honoured by every study on every add, import and CRM offer, which holds no
 * contact data itself.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.optout;
