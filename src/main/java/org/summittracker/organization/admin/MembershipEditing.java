package org.summittracker.organization.admin;

import java.util.List;
import java.util.Map;

import org.summittracker.nation.NationRepository;
import org.summittracker.organization.Membership;
import org.summittracker.organization.MembershipRepository;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.system.Option;
import org.summittracker.system.RecordNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes memberships. Each change is flushed, so the database's
 * rule that a nation holds one standing at a time in an organization (periods never
 * overlap) is reported by the call that broke it.
 */
@Service
@Transactional
public class MembershipEditing {

	/** The constraints whose names do not say the form field they concern. */
	public static final Map<String, String> CONSTRAINT_FIELDS = Map.of("membership_no_overlap", "start",
			"membership_end_after_start", "end");

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

	public Membership create(MembershipForm form) {
		Membership membership = new Membership(form.nation, form.organization, form.standing, form.start, form.end);
		return save(membership, form);
	}

	public Membership update(Long id, MembershipForm form) {
		Membership membership = get(id);
		membership.checkVersion(form.version);
		return save(membership, form);
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

	private Membership save(Membership membership, MembershipForm form) {
		membership.update(form.nation, form.organization, form.standing, form.start, form.end, form.note);
		this.memberships.save(membership);
		this.memberships.flush();
		return membership;
	}

}
