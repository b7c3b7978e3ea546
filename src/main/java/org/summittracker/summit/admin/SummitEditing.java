package org.summittracker.summit.admin;

import java.util.List;
import java.util.Map;

import org.summittracker.nation.NationRepository;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitRepository;
import org.summittracker.system.Option;
import org.summittracker.system.RecordNotFoundException;
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
class SummitEditing {

	/** The constraints whose names do not say the field to fix. */
	static final Map<String, String> CONSTRAINT_FIELDS = Map.of("summit_end_after_start", "endDate",
			"summit_within_parent", "startDate", "summit_contains_sidelines", "startDate", "summit_latitude_range",
			"latitude", "summit_longitude_range", "longitude", "summit_coordinates_pair", "latitude");

	private final SummitRepository summits;

	private final OrganizationRepository organizations;

	private final NationRepository nations;

	SummitEditing(SummitRepository summits, OrganizationRepository organizations, NationRepository nations) {
		this.summits = summits;
		this.organizations = organizations;
		this.nations = nations;
	}

	@Transactional(readOnly = true)
	public Summit get(Long id) {
		return this.summits.findById(id).orElseThrow(() -> new RecordNotFoundException("summit", String.valueOf(id)));
	}

	/**
	 * Creates the summit ({@code id} null) or changes it, unless someone else saved it
	 * since the form opened.
	 */
	public Summit save(Long id, SummitForm form) {
		String slug = slugFor(form, id);
		Summit summit = (id == null)
				? new Summit(slug, form.name, form.kind, form.organization, form.startDate, form.endDate, form.status)
				: get(id);
		if (id != null) {
			summit.checkVersion(form.version);
		}
		summit.update(slug, form.name, form.kind, form.organization, form.parent, form.hostNation, form.city,
				form.venue, form.latitude, form.longitude, form.startDate, form.endDate, form.status, form.description);
		return this.summits.save(summit);
	}

	/** Deletes the summit with its attendance, unless meetings sit on its sidelines. */
	public void delete(Long id) {
		this.summits.delete(get(id));
	}

	@Transactional(readOnly = true)
	public List<Option> organizationOptions() {
		return this.organizations.findOptions();
	}

	@Transactional(readOnly = true)
	public List<Option> nationOptions() {
		return this.nations.findOptions();
	}

	@Transactional(readOnly = true)
	public List<Option> parentOptions() {
		return this.summits.findParentOptions();
	}

	/** The typed slug, or a free one made from the name and year. */
	private String slugFor(SummitForm form, Long id) {
		return Slugs.typedOrUnique(form.slug, () -> form.name + " " + form.startDate.getYear(),
				(slug) -> this.summits.existsBySlugAndIdNot(slug, (id != null) ? id : -1L));
	}

}
