package org.summittracker.summit.admin;

import java.util.List;
import java.util.Map;

import org.summittracker.nation.NationRepository;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitRepository;
import org.summittracker.system.Conflict;
import org.summittracker.system.Option;
import org.summittracker.system.PageNumbers;
import org.summittracker.system.RecordEditing;
import org.summittracker.system.References;
import org.summittracker.system.Slugs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes summits and meetings. The form checks its own rules; the
 * database checks the rest (a free slug, the sideline meetings within their summit's
 * dates, no sideline meeting left without its summit), reported on the field by
 * {@code ConstraintMessages}.
 */
@Service
@Transactional
class SummitEditing extends RecordEditing<Summit, SummitRepository, SummitForm> {

	/** The constraints whose names do not say the field to fix. */
	static final Map<String, String> CONSTRAINT_FIELDS = Map.of("summit_end_after_start", "endDate",
			"summit_within_parent", "startDate", "summit_contains_sidelines", "startDate", "summit_latitude_range",
			"latitude", "summit_longitude_range", "longitude", "summit_coordinates_pair", "latitude");

	private final OrganizationRepository organizations;

	private final NationRepository nations;

	SummitEditing(SummitRepository summits, OrganizationRepository organizations, NationRepository nations,
			References references) {
		super("summit", "/admin/summits", "summit", summits, references);
		this.organizations = organizations;
		this.nations = nations;
	}

	/**
	 * Creates the summit ({@code id} null) or changes it, unless someone else saved it
	 * since the form opened.
	 */
	@Override
	public Summit save(Long id, SummitForm form) {
		String slug = Slugs.typedOrUnique(form.slug, () -> form.name + " " + form.startDate.getYear(), this.records,
				id);
		Summit summit = (id == null)
				? new Summit(slug, form.name, form.kind, form.organization, form.startDate, form.endDate, form.status)
				: current(id, form.version);
		summit.update(slug, form.name, form.kind, form.organization, form.parent, form.hostNation, form.city,
				form.venue, form.latitude, form.longitude, form.startDate, form.endDate, form.status, form.description);
		summit.identifyAs(form.wikidataId);
		return store(summit);
	}

	/** The most parent summits the summit form offers. */
	public static final int PARENT_CHOICES = 100;

	@Override
	public Shown shown(Summit summit) {
		return new Shown(summit.getName(), "/summits/" + summit.getSlug(), "/summits");
	}

	@Transactional(readOnly = true)
	public List<Option> organizationOptions() {
		return this.organizations.findOptions();
	}

	@Transactional(readOnly = true)
	public List<Option> nationOptions() {
		return this.nations.findOptions();
	}

	/**
	 * The parent summits the form offers, at most {@link #PARENT_CHOICES}: the form's
	 * current parent (if any), then the newest organization summits.
	 */
	@Transactional(readOnly = true)
	public List<Option> parentOptions(Summit current) {
		return this.records.findParentOptions((current != null) ? current.getId() : 0,
				PageNumbers.of(1, PARENT_CHOICES));
	}

	@Override
	protected Map<String, Map<String, String>> choices(SummitForm form) {
		return Map.of("organization", Conflict.labels(organizationOptions()), "hostNation",
				Conflict.labels(nationOptions()), "parent", Conflict.labels(parentOptions(form.parent)));
	}

	@Override
	protected Map<String, String> constraintFields() {
		return CONSTRAINT_FIELDS;
	}

	@Override
	public SummitForm formOf(Summit summit) {
		return SummitForm.from(summit);
	}

}
