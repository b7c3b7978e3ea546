package org.summittracker.imports;

import java.util.Map;

import org.summittracker.admin.Lookups;
import org.summittracker.system.ConstraintMessages;
import org.summittracker.system.FormBinding;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.DataBinder;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Makes rows into form objects bound and validated as the admin forms are (the same
 * conversions, trimming and validator), and tries a good row's write the way the form
 * saves it, in a transaction of its own that is always rolled back: the database judges
 * uniqueness and overlap for the preview as it does for the form.
 */
@Component
class FormRows {

	private final ConversionService conversions;

	private final SpringValidatorAdapter validator;

	private final TransactionTemplate trial;

	private final JdbcTemplate jdbc;

	private final Lookups lookups;

	FormRows(@Qualifier("mvcConversionService") ConversionService conversions, jakarta.validation.Validator validator,
			PlatformTransactionManager transactions, JdbcTemplate jdbc, Lookups lookups) {
		this.conversions = conversions;
		this.validator = new SpringValidatorAdapter(validator);
		this.trial = new TransactionTemplate(transactions);
		this.trial.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jdbc = jdbc;
		this.lookups = lookups;
	}

	/** Finds the records one file names, each name once. */
	Names names() {
		return new Names(this.jdbc, this.lookups);
	}

	/**
	 * A row to bind to the form, named as the form is so that it reads the form's
	 * messages.
	 * @param columns the column of each form field whose column is named otherwise
	 */
	FormRow row(CsvFile file, CsvFile.Row row, Object form, String formName, Map<String, String> columns) {
		DataBinder binder = new DataBinder(form, formName);
		FormBinding.bindAsRecordForm(binder);
		binder.setConversionService(this.conversions);
		binder.setValidator(this.validator);
		return new FormRow(file, row, binder, columns);
	}

	/**
	 * A good row's write. When {@code tryWrites}, it is first written and rolled back: a
	 * constraint it violates becomes an error on its field.
	 * @param constraintFields the form field of each constraint whose name does not say
	 */
	Checked.Write write(FormRow row, Runnable write, Map<String, String> constraintFields, boolean tryWrites) {
		if (tryWrites) {
			tryWrite(row, write, constraintFields);
		}
		return new Checked.Write(row.line(), write);
	}

	private void tryWrite(FormRow row, Runnable write, Map<String, String> constraintFields) {
		this.trial.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			try {
				write.run();
			}
			catch (DataIntegrityViolationException ex) {
				ConstraintMessages.reject(ex, row.errors(), constraintFields);
			}
		});
	}

}
