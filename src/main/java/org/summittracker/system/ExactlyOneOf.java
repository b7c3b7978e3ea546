package org.summittracker.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Objects;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.beans.PropertyAccessor;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * Exactly one of a form's fields has a value (an office belongs to a nation or to an
 * organization, not both, not neither). The error is attached to the first field.
 */
@Documented
@Constraint(validatedBy = ExactlyOneOf.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ExactlyOneOf {

	/** The fields, the first of which shows the error. */
	String[] value();

	String message() default "{ExactlyOneOf}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ExactlyOneOf, Object> {

		private String[] fields;

		@Override
		public void initialize(ExactlyOneOf annotation) {
			this.fields = annotation.value();
		}

		@Override
		public boolean isValid(Object form, ConstraintValidatorContext context) {
			PropertyAccessor bean = PropertyAccessorFactory.forDirectFieldAccess(form);
			if (Arrays.stream(this.fields).map(bean::getPropertyValue).filter(Objects::nonNull).count() == 1) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode(this.fields[0])
				.addConstraintViolation();
			return false;
		}

	}

}
