package org.summittracker.organization.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.summittracker.nation.Nation;
import org.summittracker.nation.NationRepository;
import org.summittracker.organization.Membership;
import org.summittracker.organization.MembershipRepository;
import org.summittracker.organization.Organization;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.system.Option;
import org.summittracker.system.PartialDate;
import org.summittracker.system.PartialDates;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.StaleEditException;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates, changes and deletes memberships, checking the rules a form cannot check alone:
 * above all that a nation holds one standing at a time in an organization, so periods
 * never overlap.
 */
@Service
@Transactional
class MembershipEditing {

	/**
	 * Which form field each database constraint concerns, for {@code ConstraintMessages}.
	 */
	static final Map<String, String> CONSTRAINT_FIELDS = Map.of("membership_no_overlap", "start",
			"membership_end_after_start", "end", "membership_start_date", "start", "membership_end_date", "end");

	private final MembershipRepository memberships;

	private final NationRepository nations;

	private final OrganizationRepository organizations;

	MembershipEditing(MembershipRepository memberships, NationRepository nations,
			OrganizationRepository organizations) {
		this.memberships = memberships;
		this.nations = nations;
		this.organizations = organizations;
	}

	/** The membership with its nation and organization. */
	@Transactional(readOnly = true)
	public Membership get(Long id) {
		return this.memberships.findWithNationAndOrganizationById(id)
			.orElseThrow(() -> new RecordNotFoundException("membership", String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public MembershipForm formFor(Long id) {
		return MembershipForm.from(get(id));
	}

	@Transactional(readOnly = true)
	public Nation nation(Long id) {
		return this.nations.findById(id).orElseThrow(() -> new RecordNotFoundException("nation", String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public Organization organization(Long id) {
		return this.organizations.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("organization", String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public Optional<Nation> findNation(Long id) {
		return (id != null) ? this.nations.findById(id) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public Optional<Organization> findOrganization(Long id) {
		return (id != null) ? this.organizations.findById(id) : Optional.empty();
	}

	/**
	 * The rules across fields and records; each error lands on the field the editor must
	 * fix.
	 */
	@Transactional(readOnly = true)
	public void check(MembershipForm form, Long id, Errors errors) {
		if (form.getNationId() != null && findNation(form.getNationId()).isEmpty()) {
			errors.rejectValue("nationId", "membership.choice.unknown");
		}
		if (form.getOrganizationId() != null && findOrganization(form.getOrganizationId()).isEmpty()) {
			errors.rejectValue("organizationId", "membership.choice.unknown");
		}
		boolean startRead = readable(form.getStart(), "start", errors);
		boolean endRead = readable(form.getEnd(), "end", errors);
		if (!startRead || !endRead) {
			return;
		}
		PartialDate start = PartialDates.parseOrNull(form.getStart());
		PartialDate end = PartialDates.parseOrNull(form.getEnd());
		if (start != null && end != null && !errors.hasFieldErrors("end") && end.getDate().isBefore(start.getDate())) {
			// "2024" ends on 1 January 2024 as stored: before a start of "2024-07-04",
			// though the year contains it
			errors.rejectValue("end", "membership.end.tooVague", new Object[] { end.display(), start.display() }, null);
		}
		if (form.getNationId() == null || form.getOrganizationId() == null || errors.hasFieldErrors("nationId")
				|| errors.hasFieldErrors("organizationId")) {
			return;
		}
		for (Membership other : this.memberships.findByNationAndOrganization(form.getNationId(),
				form.getOrganizationId())) {
			if (!other.getId().equals(id) && other.overlaps(start, end)) {
				errors.rejectValue("start", "membership.overlap", describe(other), null);
				return;
			}
		}
	}

	public Membership create(MembershipForm form) {
		Membership membership = new Membership(nation(form.getNationId()), organization(form.getOrganizationId()),
				form.getStanding(), PartialDates.parseOrNull(form.getStart()), PartialDates.parseOrNull(form.getEnd()));
		apply(membership, form);
		Membership saved = this.memberships.save(membership);
		this.memberships.flush();
		return saved;
	}

	public Membership update(Long id, MembershipForm form) {
		Membership membership = get(id);
		if (form.getVersion() == null || form.getVersion() != membership.getVersion()) {
			throw new StaleEditException("Membership " + id, (form.getVersion() != null) ? form.getVersion() : -1,
					membership.getVersion());
		}
		apply(membership, form);
		this.memberships.flush();
		return membership;
	}

	public void delete(Long id) {
		this.memberships.delete(get(id));
		this.memberships.flush();
	}

	@Transactional(readOnly = true)
	public List<Option> nationOptions() {
		return this.nations.findOptions();
	}

	@Transactional(readOnly = true)
	public List<Option> organizationOptions() {
		return this.organizations.findOptions();
	}

	private void apply(Membership membership, MembershipForm form) {
		membership.update(nation(form.getNationId()), organization(form.getOrganizationId()), form.getStanding(),
				PartialDates.parseOrNull(form.getStart()), PartialDates.parseOrNull(form.getEnd()),
				blankToNull(form.getNote()));
	}

	/**
	 * Whether a partial-date field holds a date that exists (the pattern alone lets
	 * "2024-13" through).
	 */
	private static boolean readable(String text, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return false;
		}
		if (text != null && !text.isBlank() && !PartialDates.isValid(text)) {
			errors.rejectValue(field, "organization.date.invalid");
			return false;
		}
		return true;
	}

	/**
	 * Message arguments naming a membership: nation, standing, organization, start and
	 * end.
	 */
	static Object[] describe(Membership membership) {
		return new Object[] { membership.getNation().getName(),
				new DefaultMessageSourceResolvable("enum.Standing." + membership.getStanding().name()),
				membership.getOrganization().getAcronym(),
				(membership.getStart() != null) ? membership.getStart().display() : "…", (membership.getEnd() != null)
						? membership.getEnd().display() : new DefaultMessageSourceResolvable("leader.present") };
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
