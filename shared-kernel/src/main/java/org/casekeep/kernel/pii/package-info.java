/**
 * The one declaration of personal data: {@link org.casekeep.kernel.pii.PersonalData} on a field and
 * {@link org.casekeep.kernel.pii.PersonalDataRecord} on its class, the catalog read from them at start-up, and the
 * {@link org.casekeep.kernel.pii.PersonalDataGuard} every output passes through (masking and read audit).
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.pii;
