package org.casekeep.kernel.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values a text field of a request or response takes: the names of an enum's constants. Requests keep such
 * fields as text so that a wrong value is refused naming the field (422) rather than failing to parse; this
 * declaration is what tells API clients the values, in the OpenAPI description, from the enum itself.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
public @interface OneOf {

	/** The enum whose constant names are the values. */
	Class<? extends Enum<?>> value();

	/** Constants that are not accepted here (e.g. a mode only the system records). */
	String[] except() default {};
}
