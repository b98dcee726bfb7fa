/**
 * Immutable, self-validating value types for the personal data Casekeep stores (names, contact details, postal
 * addresses and government identifiers), each normalized on construction so that no invalid instance exists.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.values;
