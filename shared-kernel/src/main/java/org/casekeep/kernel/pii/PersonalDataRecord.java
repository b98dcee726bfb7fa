package org.casekeep.kernel.pii;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a persistent class whose fields are declared with {@link PersonalData}. Names the record type used in
 * audit entries, access rules and retention tracking, its retention schedule and the legal basis of collection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PersonalDataRecord {

	/** Stable record-type name, {@code <module>.<thing>}, for example {@code crm.individual}. */
	String type();

	/**
	 * The code of the retention schedule (see {@code org.casekeep.kernel.retention.RetentionSchedule}) that records of
	 * this type are tracked under, unless the owning module lets a user choose another where the PIA allows a choice.
	 * Left out for a type that is {@link #partOf()} another: it is kept and destroyed with its holder.
	 */
	String retention() default "";

	/**
	 * The record type this one is part of and destroyed with (a letter's attachments, a tasker's assignments), or
	 * empty for a record tracked by retention on its own. A part needs no schedule and no destroyer of its own.
	 */
	String partOf() default "";

	/** Legal authority and system of records notice under which the data is collected. */
	String legalBasis();

	/** The PIA and section the record type comes from, for the data inventory. */
	String source() default "";
}
