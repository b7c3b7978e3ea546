package org.summittracker.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A record's address as an editor types it: lower-case letters and digits joined by
 * single dashes, as the database's slug checks require, and at most as long as its
 * column. Left blank, one is made from the record's name. A wrong one is reported as a
 * {@code Pattern} or {@code Size} error on the field, as the two constraints it is made
 * of report it.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
@Size
public @interface Slug {

	/** The length of the record's slug column. */
	@OverridesAttribute(constraint = Size.class, name = "max")
	int max();

	String message() default "{Pattern.slug}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
