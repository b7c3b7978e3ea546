package org.summittracker.nation.admin;

import java.util.Map;
import java.util.Optional;

import org.summittracker.nation.Nation;
import org.summittracker.nation.NationName;
import org.summittracker.nation.NationRepository;
import org.summittracker.system.Edit;
import org.summittracker.system.Flash;
import org.summittracker.system.RecordEditing;
import org.summittracker.system.References;
import org.summittracker.system.Slugs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/**
 * Creates, changes and deletes nations and their other names. Each change is flushed, so
 * a violated database constraint (a name, slug or code another nation has) is reported by
 * the call that made it.
 */
@Service
@Transactional
class NationEditing extends RecordEditing<Nation, NationRepository, NationForm> {

	NationEditing(NationRepository nations, References references) {
		super("nation", "/admin/nations", "nation", nations, references);
	}

	/** The nation with its other names. */
	@Override
	protected Optional<Nation> find(Long id) {
		return this.records.findWithOtherNamesById(id);
	}

	@Override
	public Nation save(Long id, NationForm form) {
		String slug = Slugs.typedOrUnique(form.slug, () -> form.name, this.records, id);
		Nation nation = (id == null) ? new Nation(slug, form.name, form.isoAlpha2, form.isoAlpha3)
				: current(id, form.version);
		nation.update(slug, form.name, form.officialName, form.isoAlpha2, form.isoAlpha3);
		nation.identifyAs(form.isoNumeric, form.wikidataId);
		return store(nation);
	}

	@Override
	public Shown shown(Nation nation) {
		return new Shown(nation.getName(), "/nations/" + nation.getSlug(), "/nations");
	}

	/**
	 * Records another name of the nation; a name it has already is refused on the form's
	 * field (the unique key's name does not say it).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Edit addOtherName(Long nationId, NationNameForm form, BindingResult result) {
		return change(result, Map.of("nation_name_nation_id_name_key", "otherName"), () -> {
			NationName added = get(nationId).addOtherName(form.otherName, form.otherNameNote);
			this.records.flush();
			return new Flash.Message("/admin/nations/" + nationId + "/edit", "nation.otherName.added", added.getName());
		});
	}

	/**
	 * Removes one of the nation's other names; the removed name, or null if it was gone
	 * already.
	 */
	public NationName removeOtherName(Long nationId, Long otherNameId) {
		NationName removed = get(nationId).removeOtherName(otherNameId);
		this.records.flush();
		return removed;
	}

}
