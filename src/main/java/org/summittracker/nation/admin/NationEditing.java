package org.summittracker.nation.admin;

import java.util.Map;

import org.summittracker.nation.Nation;
import org.summittracker.nation.NationName;
import org.summittracker.nation.NationRepository;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.Slugs;
import org.summittracker.system.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates, changes and deletes nations and their other names, checking the rules a form
 * cannot check alone.
 */
@Service
@Transactional
class NationEditing {

	/**
	 * Which form field each database constraint concerns, for {@code ConstraintMessages}.
	 */
	static final Map<String, String> CONSTRAINT_FIELDS = Map.of("nation_slug_key", "slug", "nation_slug_check", "slug",
			"nation_name_key", "name", "nation_iso_alpha2_key", "isoAlpha2", "nation_iso_alpha2_check", "isoAlpha2",
			"nation_iso_alpha3_key", "isoAlpha3", "nation_iso_alpha3_check", "isoAlpha3");

	/** The same for the small form that adds another name. */
	static final Map<String, String> NAME_CONSTRAINT_FIELDS = Map.of("nation_name_nation_id_name_key", "otherName");

	/**
	 * No saved nation has this id: the uniqueness checks of a new nation compare with
	 * every saved one.
	 */
	private static final long UNSAVED = 0;

	private final NationRepository nations;

	NationEditing(NationRepository nations) {
		this.nations = nations;
	}

	/** The nation with its other names. */
	@Transactional(readOnly = true)
	public Nation get(Long id) {
		return this.nations.findWithOtherNamesById(id)
			.orElseThrow(() -> new RecordNotFoundException("nation", String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public NationForm formFor(Long id) {
		return NationForm.from(get(id));
	}

	/** The rules across records; each error lands on the field the editor must fix. */
	@Transactional(readOnly = true)
	public void check(NationForm form, Long id, Errors errors) {
		long self = (id != null) ? id : UNSAVED;
		if (!isBlank(form.getName()) && !errors.hasFieldErrors("name")
				&& this.nations.existsByNameIgnoreCaseAndIdNot(form.getName().trim(), self)) {
			errors.rejectValue("name", "nation.name.taken");
		}
		if (!isBlank(form.getSlug()) && !errors.hasFieldErrors("slug")
				&& this.nations.existsBySlugAndIdNot(form.getSlug().trim(), self)) {
			errors.rejectValue("slug", "slug.taken");
		}
		if (isBlank(form.getSlug()) && !isBlank(form.getName()) && Slugs.of(form.getName()).isEmpty()) {
			errors.rejectValue("slug", "nation.slug.needed");
		}
		if (!isBlank(form.getIsoAlpha2()) && !errors.hasFieldErrors("isoAlpha2")) {
			this.nations.findFirstByIsoAlpha2AndIdNot(form.getIsoAlpha2(), self)
				.ifPresent((other) -> errors.rejectValue("isoAlpha2", "nation.iso.taken",
						new Object[] { form.getIsoAlpha2(), other.getName() }, null));
		}
		if (!isBlank(form.getIsoAlpha3()) && !errors.hasFieldErrors("isoAlpha3")) {
			this.nations.findFirstByIsoAlpha3AndIdNot(form.getIsoAlpha3(), self)
				.ifPresent((other) -> errors.rejectValue("isoAlpha3", "nation.iso.taken",
						new Object[] { form.getIsoAlpha3(), other.getName() }, null));
		}
	}

	/** A nation records another name once. */
	@Transactional(readOnly = true)
	public void check(Long nationId, NationNameForm form, Errors errors) {
		if (!isBlank(form.getOtherName()) && !errors.hasFieldErrors("otherName")
				&& get(nationId).hasOtherName(form.getOtherName().trim())) {
			errors.rejectValue("otherName", "nation.otherName.taken");
		}
	}

	public Nation create(NationForm form) {
		Nation nation = new Nation(slugFor(form, null), form.getName().trim(), form.getIsoAlpha2(),
				form.getIsoAlpha3());
		apply(nation, form, nation.getSlug());
		Nation saved = this.nations.save(nation);
		this.nations.flush();
		return saved;
	}

	public Nation update(Long id, NationForm form) {
		Nation nation = get(id);
		if (form.getVersion() == null || form.getVersion() != nation.getVersion()) {
			throw new StaleEditException("Nation " + id, (form.getVersion() != null) ? form.getVersion() : -1,
					nation.getVersion());
		}
		apply(nation, form, slugFor(form, id));
		this.nations.flush();
		return nation;
	}

	public void delete(Long id) {
		this.nations.delete(get(id));
		this.nations.flush();
	}

	public NationName addOtherName(Long nationId, NationNameForm form) {
		NationName added = get(nationId).addOtherName(form.getOtherName().trim(), blankToNull(form.getOtherNameNote()));
		this.nations.flush();
		return added;
	}

	/**
	 * Removes one of the nation's other names; the removed name, or null if it was gone
	 * already.
	 */
	public NationName removeOtherName(Long nationId, Long otherNameId) {
		NationName removed = get(nationId).removeOtherName(otherNameId);
		this.nations.flush();
		return removed;
	}

	private void apply(Nation nation, NationForm form, String slug) {
		nation.update(slug, form.getName().trim(), blankToNull(form.getOfficialName()), form.getIsoAlpha2(),
				form.getIsoAlpha3());
	}

	/**
	 * The slug typed, or one made from the name, numbered if another nation has it
	 * already.
	 */
	private String slugFor(NationForm form, Long id) {
		long self = (id != null) ? id : UNSAVED;
		return Slugs.typedOrUnique(form.getSlug(), form::getName,
				(slug) -> this.nations.existsBySlugAndIdNot(slug, self));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	static String blankToNull(String text) {
		return isBlank(text) ? null : text.trim();
	}

}
