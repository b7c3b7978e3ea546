package org.summittracker.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.beans.PropertyAccessor;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * A form's end date is not before its start date. The error is attached to the end field,
 * the one to fix. Start and end may be dates, partial dates or partial-date text ("2024",
 * "2024-07", "2024-07-03"); a partial end is read at its last day, so "2024" may end a
 * period from July 2024.
 */
@Documented
@Constraint(validatedBy = EndNotBeforeStart.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EndNotBeforeStart {

	String start();

	String end();

	String message() default "{EndNotBeforeStart}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<EndNotBeforeStart, Object> {

		private String start;

		private String end;

		@Override
		public void initialize(EndNotBeforeStart annotation) {
			this.start = annotation.start();
			this.end = annotation.end();
		}

		@Override
		public boolean isValid(Object form, ConstraintValidatorContext context) {
			PropertyAccessor bean = PropertyAccessorFactory.forDirectFieldAccess(form);
			LocalDate from = toDate(bean.getPropertyValue(this.start), false);
			LocalDate to = toDate(bean.getPropertyValue(this.end), true);
			if (from == null || to == null || !to.isBefore(from)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode(this.end)
				.addConstraintViolation();
			return false;
		}

		private static LocalDate toDate(Object value, boolean latest) {
			if (value instanceof LocalDate date) {
				return date;
			}
			PartialDate partial = (value instanceof String text && PartialDates.isValid(text)) ? PartialDate.parse(text)
					: (value instanceof PartialDate given) ? given : null;
			if (partial == null) {
				return null;
			}
			// an end is read at its last day, a start at its first (PartialPeriod)
			return latest ? partial.latestDay() : partial.getDate();
		}

	}

}
