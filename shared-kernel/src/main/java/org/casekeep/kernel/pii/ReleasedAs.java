package org.casekeep.kernel.pii;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view record (the shape in which a module lets a record leave it: JSON, page, export) as a rendition of a
 * record type. Its components that carry the name of a {@link PersonalData} field of that record type are masked by
 * {@link PersonalDataGuard} for viewers who may not see them (a text shows a mask, any other value is left out). The
 * view does not repeat the declaration. A field holding a value type is carried under the field's name, as the value
 * itself or as its display string.
 * <p>
 * A view may have a component {@code Set<String> maskedFields}; the guard fills it with the names it masked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReleasedAs {

	/** The record type, as in {@link PersonalDataRecord#type()}. */
	String value();
}
