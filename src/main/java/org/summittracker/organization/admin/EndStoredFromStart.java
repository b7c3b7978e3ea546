package org.summittracker.organization.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.summittracker.system.PartialDate;

/**
 * A membership's end, stored as its first day, is not before its start: "2024" is stored
 * as 1 January 2024, before a start of "2024-07-04" though the year contains it (the
 * database's membership_end_after_start). The error is on the end, naming both dates.
 */
@Documented
@Constraint(validatedBy = EndStoredFromStart.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface EndStoredFromStart {

	String message() default "{membership.end.tooVague}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<EndStoredFromStart, MembershipForm> {

		@Override
		public boolean isValid(MembershipForm form, ConstraintValidatorContext context) {
			PartialDate start = form.getStart();
			PartialDate end = form.getEnd();
			// an end wholly before the start is EndNotBeforeStart's
			if (start == null || end == null || !end.getDate().isBefore(start.getDate())
					|| end.latestDay().isBefore(start.getDate())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.unwrap(HibernateConstraintValidatorContext.class)
				.addMessageParameter("0", end.display())
				.addMessageParameter("1", start.display())
				.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("end")
				.addConstraintViolation();
			return false;
		}

	}

}
