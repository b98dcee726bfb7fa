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
 * record type and the data inventory. It is written in one of three places:
 * <ul>
 * <li><b>On a plain field</b>, which must name its {@link #category()}:
 * <pre>
 * &#64;PersonalData(category = NAME, sensitivity = LOW, description = "Last name")
 * private String lastName;
 * </pre>
 * <li><b>On a value type</b> (a JPA embeddable of the kernel such as {@code PostalAddress}), once for every field
 * that holds one. It names the category and says what the value is; who sees it is the holder's rule, so it gives
 * neither {@link #visibleTo()} nor {@link #scope()}:
 * <pre>
 * &#64;Embeddable
 * &#64;PersonalData(category = CONTACT, sensitivity = LOW, description = "U.S. mailing address")
 * public record PostalAddress(...)
 * </pre>
 * <li><b>On a field of such a type</b>, which needs no declaration of its own, but may refine the type's for this
 * holder: its description, a higher sensitivity, who sees it ({@link #visibleTo()}, {@link #scope()}) and whether
 * it is exported. It never names a category: that is the type's.
 * <pre>
 * &#64;Embedded
 * &#64;PersonalData(sensitivity = MODERATE, visibleTo = "crm_contact_viewer", scope = OWNING_COMPONENT,
 *         description = "Cell phone (PIA 4.1: not shared with all offices)")
 * private PhoneNumber cellPhone;
 * </pre>
 * </ul>
 * The catalog refuses at start-up a declaration that breaks these rules, so the application does not start.
 * The enclosing class of a declared field must carry {@link PersonalDataRecord}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.TYPE })
public @interface PersonalData {

	/**
	 * What kind of personal data it is: exactly one, required on a plain field and on a value type, never given on a
	 * field whose type declares it. (An array only so that it can be left out; write {@code category = CONTACT}.)
	 */
	PiiCategory[] category() default {};

	/**
	 * How much harm a disclosure could do: at most one. Left out, a plain field is {@link Sensitivity#MODERATE} and a
	 * field of a value type is as sensitive as its type says; a holder may raise it, never lower it.
	 */
	Sensitivity[] sensitivity() default {};

	/**
	 * The roles that may see the value. Empty means: everybody allowed to read the record sees it. Anybody else
	 * sees a masked value. A holder's rule: not given on a value type.
	 */
	String[] visibleTo() default {};

	/** Where {@link #visibleTo()} applies. A holder's rule: not given on a value type. */
	VisibilityScope scope() default VisibilityScope.ANY_COMPONENT;

	/**
	 * Whether the value may leave the system in a bulk export. SPII never does, whatever this says; a field of a value
	 * type is exported only if neither its type nor the field says otherwise.
	 */
	boolean exportable() default true;

	/**
	 * A short plain-language description for the data inventory. A field's own description wins over its type's; with
	 * neither, the field's name.
	 */
	String description() default "";
}
