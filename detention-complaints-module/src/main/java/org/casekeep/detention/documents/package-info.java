/**
 * Supporting documents of complaints (OIDO PIA 2.1, overview): the scanned paper form of an in-person complaint,
 * legal and medical records, the most sensitive data the platform holds. Read by the kernel's bounded text extraction
 * and scanned for SPII before anything is stored; downloads are read-audited.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.detention.documents;
