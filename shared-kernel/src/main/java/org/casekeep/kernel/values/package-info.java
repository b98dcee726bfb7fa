/**
 * Immutable, self-validating value types for the personal data Casekeep stores (names, contact details, postal
 * addresses and government identifiers), each normalized on construction so that no invalid instance exists. Those
 * stored as such ({@link org.casekeep.kernel.values.PostalAddress}, {@link org.casekeep.kernel.values.PhoneNumber})
 * are JPA embeddables that declare their personal data once, on the type.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.values;
