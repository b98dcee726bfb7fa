/**
 * The form-letter library of each office (Intranet Quorum): response letters with merge fields, kept in numbered
 * versions that another member of the office approves before anyone fills them in.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.correspondence.formletters;
