package org.summittracker.system;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ResolvableType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;

/**
 * What every record's editing service shares: the record by id or the 404 page, what
 * refers to it before a delete, the stale-edit check before a change, and saves and
 * deletes flushed at once, so that a violated database constraint (a taken name, an
 * overlapping period, a record still referred to) is reported by the call that made it.
 * {@link #submit} is how every admin form post ends: saved, refused with the errors on
 * their fields, or a stale edit's conflict. The service itself says how a form becomes
 * its record ({@link #save}), how the admin names the record and where it shows it
 * ({@link #shown}).
 *
 * @param <T> the record
 * @param <R> its repository, which the service also reads with its own queries
 * @param <F> its form
 */
@Transactional
public abstract class RecordEditing<T extends VersionedEntity, R extends RecordRepository<T>, F> {

	/** The record's repository. */
	protected final R records;

	private final String table;

	private final String adminUrl;

	private final String messages;

	private final References references;

	private final Class<F> formType;

	private TransactionTemplate transactions;

	/**
	 * @param table the table of the record, which names it on the 404 page and in
	 * {@link References}
	 * @param adminUrl where its admin pages are ({@code /admin/nations}: its edit form is
	 * {@code /admin/nations/12/edit}, its delete page {@code /admin/nations/12/delete})
	 * @param messages what its messages start with ({@code nation}: {@code nation.saved},
	 * {@code nation.form.name})
	 */
	protected RecordEditing(String table, String adminUrl, String messages, R records, References references) {
		this.table = table;
		this.adminUrl = adminUrl;
		this.messages = messages;
		this.records = records;
		this.references = references;
		this.formType = formType(getClass());
	}

	@SuppressWarnings("unchecked")
	private static <F> Class<F> formType(Class<?> service) {
		return (Class<F>) ResolvableType.forClass(service).as(RecordEditing.class).resolveGeneric(2);
	}

	@Autowired
	void useTransactions(PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * How the admin names a record and where it shows it.
	 *
	 * @param label how the delete page and the messages name it: a text, or a message the
	 * page resolves
	 * @param url its page, where a save goes and Cancel goes back to
	 * @param listUrl where a delete goes
	 */
	public record Shown(Object label, String url, String listUrl) {
	}

	/**
	 * Creates the record ({@code id} null) from the form or changes it, unless someone
	 * else saved it since the form opened ({@link #current}).
	 */
	public abstract T save(Long id, F form);

	/** How the admin names the record and where it shows it. */
	public abstract Shown shown(T record);

	/**
	 * The form filled from the saved record, as the edit page and the conflict page show
	 * it: each field takes the record's property of the same name
	 * ({@link FormBinding#fill}); a form that reads a property in its own terms (a date
	 * as text) says so in its service.
	 */
	public F formOf(T record) {
		return FormBinding.fill(BeanUtils.instantiateClass(this.formType), record);
	}

	/**
	 * For the conflict page, the labels of a reference field's values: field name to
	 * value to label (a nation's id to its name); the editor's form, for choices that
	 * depend on what it holds.
	 */
	protected Map<String, Map<String, String>> choices(F form) {
		return Map.of();
	}

	/**
	 * The database constraints whose names do not say the form field they concern, to
	 * that field ({@link ConstraintMessages}).
	 */
	protected Map<String, String> constraintFields() {
		return Map.of();
	}

	/** The record, or the 404 page when there is no such record. */
	@Transactional(readOnly = true)
	public T get(Long id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException(this.table, String.valueOf(id)));
	}

	/** What refers to the record: what blocks its delete and what goes with it. */
	@Transactional(readOnly = true)
	public List<References.Reference> references(Long id) {
		return this.references.to(this.table, id);
	}

	/** Deletes the record; the database refuses while other records refer to it. */
	public void delete(Long id) {
		this.records.delete(get(id));
		this.records.flush();
	}

	/**
	 * Saves the form unless it has errors already. Each try runs in a transaction of its
	 * own, so that a refusal leaves nothing half done: a violated database constraint
	 * becomes a message on the field to fix, a stale version the conflict page that puts
	 * the saved record next to the editor's input.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Edit submit(Long id, F form, BindingResult result) {
		try {
			return change(result, constraintFields(), () -> savedMessage(save(id, form)));
		}
		catch (OptimisticLockingFailureException ex) {
			return Edit.stale(this.transactions.execute((status) -> Conflict.ofEdit(this.adminUrl + "/" + id,
					formOf(get(id)), form, this.messages + ".form.", choices(form))));
		}
	}

	/**
	 * Makes a change a form asked for, unless the form has errors already, in a
	 * transaction of its own: a violated database constraint becomes a message on the
	 * field to fix, and nothing of the change is kept. A method calling it runs outside a
	 * transaction ({@code @Transactional(propagation = NOT_SUPPORTED)}).
	 * @param constraintFields the constraints whose names do not say the form field they
	 * concern, to that field
	 * @param change the change, and the message saying it was made
	 */
	protected Edit change(BindingResult result, Map<String, String> constraintFields, Supplier<Flash.Message> change) {
		if (result.hasErrors()) {
			return Edit.refused();
		}
		try {
			return Edit.saved(this.transactions.execute((status) -> change.get()));
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result, constraintFields);
			return Edit.refused();
		}
	}

	/**
	 * How the admin names the record {@code id} and where it shows it; or the 404 page.
	 */
	@Transactional(readOnly = true)
	public Shown shown(Long id) {
		return shown(get(id));
	}

	/** Where the admin's delete of the record posts: {@code /admin/nations/12/delete}. */
	public String deleteUrl(Long id) {
		return this.adminUrl + "/" + id + "/delete";
	}

	/** The admin address of the record kind, {@code /admin/nations}. */
	public String adminUrl() {
		return this.adminUrl;
	}

	/** The saved message ({@code nation.saved}) on the record's page. */
	protected Flash.Message savedMessage(T record) {
		Shown shown = shown(record);
		return new Flash.Message(shown.url(), this.messages + ".saved", shown.label());
	}

	/**
	 * How {@link #get} reads the record; a service whose forms show more of it fetches
	 * that with it.
	 */
	protected Optional<T> find(Long id) {
		return this.records.findById(id);
	}

	/**
	 * The saved record a form changes, unless the form was filled in from another version
	 * ({@link StaleEditException}).
	 */
	protected T current(Long id, Long formVersion) {
		T record = get(id);
		record.checkVersion(formVersion);
		return record;
	}

	/** Saves the record and flushes it, so the database's constraints answer now. */
	protected T store(T record) {
		T saved = this.records.save(record);
		this.records.flush();
		return saved;
	}

}
