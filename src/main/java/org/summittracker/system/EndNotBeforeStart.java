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

import org.springframework.beans.BeanWrapperImpl;

/**
 * A form's end date is not before its start date. The error is attached to the end field,
 * the one to fix. Start and end may be dates, partial dates or partial-date text ("2024",
 * "2024-07", "2024-07-03"). Partial dates compare as the database keeps them, by their
 * first days: an end of "2024" is before a start of "2024-07".
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
			BeanWrapperImpl bean = new BeanWrapperImpl(form);
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
			if (value instanceof PartialDate partial) {
				return partial.getDate();
			}
			if (value instanceof String text && PartialDates.isValid(text)) {
				PartialDate partial = PartialDate.parse(text);
				return latest ? partial.latestDay() : partial.getDate();
			}
			return null;
		}

	}

}
