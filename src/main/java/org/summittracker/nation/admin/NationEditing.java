package org.summittracker.nation.admin;

import org.summittracker.nation.Nation;
import org.summittracker.nation.NationName;
import org.summittracker.nation.NationRepository;
import org.summittracker.system.RecordNotFoundException;
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
class NationEditing {

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

	public Nation create(NationForm form) {
		Nation nation = new Nation(slugFor(form, 0), form.name, form.isoAlpha2, form.isoAlpha3);
		return save(nation, form, nation.getSlug());
	}

	public Nation update(Long id, NationForm form) {
		Nation nation = get(id);
		nation.checkVersion(form.version);
		return save(nation, form, slugFor(form, id));
	}

	public void delete(Long id) {
		this.nations.delete(get(id));
		this.nations.flush();
	}

	public NationName addOtherName(Long nationId, NationNameForm form) {
		NationName added = get(nationId).addOtherName(form.otherName, form.otherNameNote);
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

	private Nation save(Nation nation, NationForm form, String slug) {
		nation.update(slug, form.name, form.officialName, form.isoAlpha2, form.isoAlpha3);
		this.nations.save(nation);
		this.nations.flush();
		return nation;
	}

	/**
	 * The slug typed, or one made from the name, numbered while another nation has it (a
	 * new nation is {@code self} 0: identities start at 1).
	 */
	private String slugFor(NationForm form, long self) {
		return Slugs.typedOrUnique(form.slug, () -> form.name, (slug) -> this.nations.existsBySlugAndIdNot(slug, self));
	}

}
