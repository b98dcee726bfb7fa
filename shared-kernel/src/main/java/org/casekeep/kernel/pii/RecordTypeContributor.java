package org.casekeep.kernel.pii;

import java.util.List;

/**
 * A source of record types declared as data rather than on an annotated entity (for example the component trackers
 * a module reads from its configuration). A bean implementing it is read by the {@link PersonalDataCatalog} at
 * start-up exactly as {@link PersonalDataRecord} classes are, so masking, read audit, export rules, retention and the
 * data inventory cover its records the same way. Its fields are built with {@link FieldDescriptor#declared}, which
 * applies the rules {@link PersonalData} does (SPII and high sensitivity never leave in a bulk export).
 */
@FunctionalInterface
public interface RecordTypeContributor {

	/** The record types contributed, each with its retention schedule (or holder), legal basis and fields. */
	List<RecordTypeDescriptor> recordTypes();
}
