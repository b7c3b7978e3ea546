package org.summittracker.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A form's rules across its fields, checked with the rest of its validation: the form
 * ({@link Form}) says which rule is broken, on the field to fix, with the message key the
 * editor reads (and named parameters the message names, {@code {parentName}}). A rule of
 * one pair of fields has its own constraint, such as {@link EndNotBeforeStart}.
 */
@Documented
@Constraint(validatedBy = FormRules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FormRules {

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** A form that checks its own rules across fields. */
	interface Form {

		void check(Broken broken);

	}

	/** Where a form reports a broken rule. */
	interface Broken {

		void rule(String field, String messageKey, Map<String, Object> parameters);

		default void rule(String field, String messageKey) {
			rule(field, messageKey, Map.of());
		}

	}

	class Validator implements ConstraintValidator<FormRules, Form> {

		@Override
		public boolean isValid(Form form, ConstraintValidatorContext context) {
			HibernateConstraintValidatorContext violations = context.unwrap(HibernateConstraintValidatorContext.class);
			violations.disableDefaultConstraintViolation();
			boolean[] valid = { true };
			form.check((field, messageKey, parameters) -> {
				valid[0] = false;
				parameters.forEach(violations::addMessageParameter);
				violations.buildConstraintViolationWithTemplate("{" + messageKey + "}")
					.addPropertyNode(field)
					.addConstraintViolation();
			});
			return valid[0];
		}

	}

}
