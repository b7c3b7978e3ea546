package org.summittracker.organization.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.summittracker.organization.Membership;
import org.summittracker.organization.Standing;
import org.summittracker.system.EndNotBeforeStart;
import org.summittracker.system.PartialDates;

/**
 * What an editor types for a nation's standing in an organization over a period; maps to
 * the entity in {@link MembershipEditing}. Start and end are partial dates ("2012",
 * "2024-07", "2024-07-04"); either may be left open.
 */
@EndNotBeforeStart(start = "start", end = "end")
public class MembershipForm {

	@NotNull
	private Long nationId;

	@NotNull
	private Long organizationId;

	@NotNull
	private Standing standing = Standing.MEMBER;

	@Pattern(regexp = PartialDates.PATTERN)
	private String start;

	@Pattern(regexp = PartialDates.PATTERN)
	private String end;

	@Size(max = 2000)
	private String note;

	private Long version;

	static MembershipForm from(Membership membership) {
		MembershipForm form = new MembershipForm();
		form.nationId = membership.getNation().getId();
		form.organizationId = membership.getOrganization().getId();
		form.standing = membership.getStanding();
		form.start = PartialDates.format(membership.getStart());
		form.end = PartialDates.format(membership.getEnd());
		form.note = membership.getNote();
		form.version = membership.getVersion();
		return form;
	}

	public Long getNationId() {
		return this.nationId;
	}

	public void setNationId(Long nationId) {
		this.nationId = nationId;
	}

	public Long getOrganizationId() {
		return this.organizationId;
	}

	public void setOrganizationId(Long organizationId) {
		this.organizationId = organizationId;
	}

	public Standing getStanding() {
		return this.standing;
	}

	public void setStanding(Standing standing) {
		this.standing = standing;
	}

	public String getStart() {
		return this.start;
	}

	public void setStart(String start) {
		this.start = start;
	}

	public String getEnd() {
		return this.end;
	}

	public void setEnd(String end) {
		this.end = end;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
