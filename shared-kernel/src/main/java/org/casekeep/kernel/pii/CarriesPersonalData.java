package org.casekeep.kernel.pii;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event that must carry personal data (DESIGN.md rule 6): its stored publications are purged by retention
 * once delivered or expired, and it is listed in the data inventory's event section.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CarriesPersonalData {

	/** The components holding personal data, and why the consumer needs them. */
	String value();
}
