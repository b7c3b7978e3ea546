package org.summittracker.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A Wikidata item's id as an editor types it for a nation, organization, person or
 * summit: {@code Q} and a number without leading zeros, such as {@code Q43} (Turkey).
 * Blank means none. A wrong one is reported as a {@code Pattern} error on the field, as
 * {@link Slug} is. The same rule as the database's {@code *_wikidata_id_check}, and each
 * item belongs to one record of a kind (the {@code *_wikidata_id_key} unique keys,
 * reported on the field by {@link ConstraintMessages}).
 */
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@jakarta.validation.constraints.Pattern(regexp = WikidataId.PATTERN)
public @interface WikidataId {

	/** Q, then one to twelve digits, the first not zero. */
	String PATTERN = "Q[1-9][0-9]{0,11}";

	String message() default "{Pattern.wikidataId}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
