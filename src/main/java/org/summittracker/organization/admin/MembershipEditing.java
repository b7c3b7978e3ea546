package org.summittracker.organization.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.summittracker.nation.NationRepository;
import org.summittracker.organization.Membership;
import org.summittracker.organization.MembershipRepository;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.system.Option;
import org.summittracker.system.RecordEditing;
import org.summittracker.system.References;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes memberships. Each change is flushed, so the database's
 * rule that a nation holds one standing at a time in an organization (periods never
 * overlap) is reported by the call that broke it.
 */
@Service
@Transactional
public class MembershipEditing extends RecordEditing<Membership, MembershipRepository, MembershipForm> {

	/** The constraints whose names do not say the form field they concern. */
	public static final Map<String, String> CONSTRAINT_FIELDS = Map.of("membership_no_overlap", "start",
			"membership_end_after_start", "end");

	private final NationRepository nations;

	private final OrganizationRepository organizations;

	MembershipEditing(MembershipRepository memberships, NationRepository nations, OrganizationRepository organizations,
			References references) {
		super("membership", "/admin/memberships", "membership", memberships, references);
		this.nations = nations;
		this.organizations = organizations;
	}

	/** The membership with its nation and organization. */
	@Override
	protected Optional<Membership> find(Long id) {
		return this.records.findWithNationAndOrganizationById(id);
	}

	/**
	 * Creates the membership ({@code id} null) or changes it, unless someone else saved
	 * it since the form opened.
	 */
	@Override
	public Membership save(Long id, MembershipForm form) {
		Membership membership = (id == null)
				? new Membership(form.nation, form.organization, form.standing, form.start, form.end)
				: current(id, form.version);
		membership.update(form.nation, form.organization, form.standing, form.start, form.end, form.note);
		return store(membership);
	}

	@Override
	public Shown shown(Membership membership) {
		String organizationPage = "/organizations/" + membership.getOrganization().getSlug();
		return new Shown(label(membership), organizationPage, organizationPage);
	}

	@Transactional(readOnly = true)
	public List<Option> nationOptions() {
		return this.nations.findOptions();
	}

	@Transactional(readOnly = true)
	public List<Option> organizationOptions() {
		return this.organizations.findOptions();
	}

	@Override
	protected Map<String, String> constraintFields() {
		return CONSTRAINT_FIELDS;
	}

	/**
	 * "Turkey · SCO · Dialogue partner": how delete pages and messages name a membership,
	 * read in the reader's language where the page shows it.
	 */
	private static MessageSourceResolvable label(Membership membership) {
		Object standing = new DefaultMessageSourceResolvable("enum.Standing." + membership.getStanding().name());
		return new DefaultMessageSourceResolvable(new String[] { "membership.label" },
				new Object[] { membership.getNation().getName(), membership.getOrganization().getAcronym(), standing });
	}

}
