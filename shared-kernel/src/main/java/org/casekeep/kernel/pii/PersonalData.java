package org.casekeep.kernel.pii;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a field of a stored record holds personal data. This declaration is the only place the fact is
 * written down: the {@link PersonalDataCatalog} reads it at start-up and from it follow masking of every output
 * ({@link PersonalDataGuard}), the fields named in read-audit entries, export rules, the retention schedule of the
 * record type and the data inventory.
 * <p>
 * The enclosing class must carry {@link PersonalDataRecord}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PersonalData {

	PiiCategory category();

	Sensitivity sensitivity() default Sensitivity.MODERATE;

	/**
	 * The roles that may see the value. Empty means: everybody allowed to read the record sees it. Anybody else
	 * sees a masked value.
	 */
	String[] visibleTo() default {};

	/** Where {@link #visibleTo()} applies. */
	VisibilityScope scope() default VisibilityScope.ANY_COMPONENT;

	/** Whether the value may leave the system in a bulk export. SPII never does, whatever this says. */
	boolean exportable() default true;

	/** A short plain-language description for the data inventory; defaults to the field's name. */
	String description() default "";
}
