package org.summittracker.summit;

/**
 * The summit page's model as the read side assembles it. The in-place attendance editor
 * answers a change with the page's attendance section, drawn from this model; the summit
 * module names what it needs here, the pages module provides it, so the module dependency
 * keeps pointing from the pages down to the summits.
 */
public interface SummitSections {

	/** The model of the summit page of this slug (the template's {@code page}). */
	Object page(String slug);

}
