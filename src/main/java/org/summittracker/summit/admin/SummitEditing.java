package org.summittracker.summit.admin;

import java.util.List;
import java.util.Map;

import org.summittracker.nation.Nation;
import org.summittracker.nation.NationRepository;
import org.summittracker.organization.Organization;
import org.summittracker.organization.OrganizationRepository;
import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitKind;
import org.summittracker.summit.SummitRepository;
import org.summittracker.system.Option;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.Slugs;
import org.summittracker.system.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates, changes and deletes summits and meetings, checking the rules a form cannot
 * check alone.
 */
@Service
@Transactional
class SummitEditing {

	/**
	 * Which form field each database constraint concerns, for {@code ConstraintMessages}.
	 */
	static final Map<String, String> CONSTRAINT_FIELDS = Map.of("summit_slug_key", "slug", "summit_end_after_start",
			"endDate", "summit_organization_summit_has_organization", "organizationId", "summit_within_parent",
			"startDate", "summit_contains_sidelines", "startDate", "summit_not_own_parent", "parentId",
			"summit_latitude_range", "latitude", "summit_longitude_range", "longitude", "summit_coordinates_pair",
			"latitude");

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

	@Transactional(readOnly = true)
	public SummitForm formFor(Long id) {
		return SummitForm.from(get(id));
	}

	/**
	 * The rules across fields and records; each error lands on the field the editor must
	 * fix.
	 */
	@Transactional(readOnly = true)
	public void check(SummitForm form, Long id, Errors errors) {
		if (form.getSlug() != null && !form.getSlug().isBlank() && !errors.hasFieldErrors("slug") && ((id == null)
				? this.summits.existsBySlug(form.getSlug()) : this.summits.existsBySlugAndIdNot(form.getSlug(), id))) {
			errors.rejectValue("slug", "slug.taken");
		}
		if (form.getKind() == SummitKind.ORGANIZATION_SUMMIT && form.getOrganizationId() == null) {
			errors.rejectValue("organizationId", "summit.organization.required");
		}
		if ((form.getLatitude() == null) != (form.getLongitude() == null) && !errors.hasFieldErrors("latitude")
				&& !errors.hasFieldErrors("longitude")) {
			errors.rejectValue((form.getLatitude() == null) ? "latitude" : "longitude", "summit.coordinates.pair");
		}
		if (form.getParentId() != null) {
			Summit parent = this.summits.findById(form.getParentId()).orElse(null);
			if (parent == null || parent.getId().equals(id)) {
				errors.rejectValue("parentId", "summit.parent.invalid");
			}
			else if (form.getStartDate() != null && form.getEndDate() != null
					&& !parent.contains(form.getStartDate(), form.getEndDate())) {
				errors.rejectValue("startDate", "summit.parent.dates",
						new Object[] { parent.getName(), parent.getStartDate(), parent.getEndDate() }, null);
			}
		}
	}

	public Summit create(SummitForm form) {
		Summit summit = new Summit(slugFor(form, null), form.getName().trim(), form.getKind(), organization(form),
				form.getStartDate(), form.getEndDate(), form.getStatus());
		apply(summit, form, summit.getSlug());
		return this.summits.save(summit);
	}

	public Summit update(Long id, SummitForm form) {
		Summit summit = get(id);
		if (form.getVersion() == null || form.getVersion() != summit.getVersion()) {
			throw new StaleEditException("Summit " + id, (form.getVersion() != null) ? form.getVersion() : -1,
					summit.getVersion());
		}
		apply(summit, form, slugFor(form, id));
		return summit;
	}

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

	private void apply(Summit summit, SummitForm form, String slug) {
		Summit parent = (form.getParentId() != null) ? get(form.getParentId()) : null;
		Nation host = (form.getHostNationId() != null)
				? this.nations.findById(form.getHostNationId())
					.orElseThrow(() -> new RecordNotFoundException("nation", String.valueOf(form.getHostNationId())))
				: null;
		summit.update(slug, form.getName().trim(), form.getKind(), organization(form), parent, host,
				blankToNull(form.getCity()), blankToNull(form.getVenue()), form.getLatitude(), form.getLongitude(),
				form.getStartDate(), form.getEndDate(), form.getStatus(), blankToNull(form.getDescription()));
	}

	private Organization organization(SummitForm form) {
		return (form.getOrganizationId() != null) ? this.organizations.findById(form.getOrganizationId())
			.orElseThrow(() -> new RecordNotFoundException("organization", String.valueOf(form.getOrganizationId())))
				: null;
	}

	private String slugFor(SummitForm form, Long id) {
		return Slugs.typedOrUnique(form.getSlug(), () -> form.getName() + " " + form.getStartDate().getYear(),
				(slug) -> (id == null) ? this.summits.existsBySlug(slug) : this.summits.existsBySlugAndIdNot(slug, id));
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
