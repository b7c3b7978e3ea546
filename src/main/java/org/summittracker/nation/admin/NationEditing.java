package org.summittracker.nation.admin;

import java.util.Optional;

import org.summittracker.nation.Nation;
import org.summittracker.nation.NationName;
import org.summittracker.nation.NationRepository;
import org.summittracker.system.RecordEditing;
import org.summittracker.system.References;
import org.summittracker.system.Slugs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes nations and their other names. Each change is flushed, so
 * a violated database constraint (a name, slug or code another nation has) is reported by
 * the call that made it.
 */
@Service
@Transactional
class NationEditing extends RecordEditing<Nation, NationRepository> {

	NationEditing(NationRepository nations, References references) {
		super("nation", nations, references);
	}

	/** The nation with its other names. */
	@Override
	protected Optional<Nation> find(Long id) {
		return this.records.findWithOtherNamesById(id);
	}

	/**
	 * Creates the nation ({@code id} null) or changes it, unless someone else saved it
	 * since the form opened.
	 */
	public Nation save(Long id, NationForm form) {
		String slug = Slugs.typedOrUnique(form.slug, () -> form.name, this.records, id);
		Nation nation = (id == null) ? new Nation(slug, form.name, form.isoAlpha2, form.isoAlpha3)
				: current(id, form.version);
		nation.update(slug, form.name, form.officialName, form.isoAlpha2, form.isoAlpha3);
		nation.identifyAs(form.isoNumeric, form.wikidataId);
		return store(nation);
	}

	public NationName addOtherName(Long nationId, NationNameForm form) {
		NationName added = get(nationId).addOtherName(form.otherName, form.otherNameNote);
		this.records.flush();
		return added;
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
