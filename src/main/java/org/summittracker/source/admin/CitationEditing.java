package org.summittracker.source.admin;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.summittracker.person.Tenure;
import org.summittracker.organization.Membership;
import org.summittracker.source.Citation;
import org.summittracker.source.CitationRepository;
import org.summittracker.source.Citations;
import org.summittracker.source.Source;
import org.summittracker.source.SourceRepository;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.Summit;
import org.summittracker.system.Option;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Adds, changes and removes the citations of one fact. A citation keeps the fact it was
 * made for; only an attendance citation carries a claimed status (the database's
 * {@code citation_claimed_status_for_attendance}).
 */
@Service
@Transactional
class CitationEditing {

	/**
	 * Which form field each database constraint concerns; the rest
	 * ({@code citation_cites_one_fact}, {@code citation_claimed_status_for_attendance})
	 * are form-wide, as the form does not choose the fact.
	 */
	static final Map<String, String> CONSTRAINT_FIELDS = Map.of("citation_source_id_fkey", "sourceId");

	private final CitationRepository citations;

	private final SourceRepository sources;

	private final EntityManager entityManager;

	CitationEditing(CitationRepository citations, SourceRepository sources, EntityManager entityManager) {
		this.citations = citations;
		this.sources = sources;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public Citation get(Long id) {
		return this.citations.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("citation", String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public CitationForm formFor(Long id) {
		return CitationForm.from(get(id));
	}

	/** The fact's citations with their sources, oldest first. */
	@Transactional(readOnly = true)
	public List<Citation> citationsOf(CitedFact fact) {
		Collection<Long> none = Citations.idsOrNone(List.of());
		Collection<Long> one = List.of(fact.id());
		return switch (fact.kind()) {
			case SUMMIT -> this.citations.findFor(one, none, none, none);
			case ATTENDANCE -> this.citations.findFor(none, one, none, none);
			case MEMBERSHIP -> this.citations.findFor(none, none, one, none);
			case TENURE -> this.citations.findFor(none, none, none, one);
		};
	}

	@Transactional(readOnly = true)
	public List<Option> sourceOptions() {
		return this.sources.findOptions();
	}

	/**
	 * The rules the form cannot check alone; each error lands where the editor must fix
	 * it.
	 */
	@Transactional(readOnly = true)
	public void check(CitationForm form, CitedFact fact, Errors errors) {
		if (form.getSourceId() != null && this.sources.findById(form.getSourceId()).isEmpty()) {
			errors.rejectValue("sourceId", "citation.source.missing");
		}
		if (form.getClaimedStatus() != null && !fact.kind().takesClaimedStatus()) {
			// the form offers no claimed status for this fact, so the error belongs to
			// the whole form
			errors.reject("citation.claimedStatus.attendanceOnly");
		}
	}

	public Citation create(CitedFact fact, CitationForm form) {
		Source source = source(form);
		Citation citation = switch (fact.kind()) {
			case SUMMIT -> Citation.ofSummit(source, reference(Summit.class, fact), quote(form));
			case ATTENDANCE ->
				Citation.ofAttendance(source, reference(Attendance.class, fact), form.getClaimedStatus(), quote(form));
			case MEMBERSHIP -> Citation.ofMembership(source, reference(Membership.class, fact), quote(form));
			case TENURE -> Citation.ofTenure(source, reference(Tenure.class, fact), quote(form));
		};
		return this.citations.save(citation);
	}

	/**
	 * Changes the source, claimed status and quote, unless someone else saved the
	 * citation since the form opened.
	 */
	public Citation update(Long id, CitationForm form) {
		Citation citation = get(id);
		if (form.getVersion() == null || form.getVersion() != citation.getVersion()) {
			throw new StaleEditException("Citation " + id, (form.getVersion() != null) ? form.getVersion() : -1,
					citation.getVersion());
		}
		citation.update(source(form), form.getClaimedStatus(), quote(form));
		return citation;
	}

	public void delete(Long id) {
		this.citations.delete(get(id));
	}

	private Source source(CitationForm form) {
		return this.sources.findById(form.getSourceId())
			.orElseThrow(() -> new RecordNotFoundException("source", String.valueOf(form.getSourceId())));
	}

	/**
	 * The fact's row, already looked up by {@link CitedFacts}: a reference suffices to
	 * point at it.
	 */
	private <T> T reference(Class<T> type, CitedFact fact) {
		return this.entityManager.getReference(type, fact.id());
	}

	private static String quote(CitationForm form) {
		return SourceEditing.blankToNull(form.getQuote());
	}

}
