package org.summittracker.imports;

import java.util.List;

/**
 * A file checked: the preview to show, and the writes of its good rows (all of them only
 * when the preview is importable).
 */
record Checked(Preview preview, List<Write> writes) {

	/** A good row's write, as its form saves it, and the line it comes from. */
	record Write(int line, Runnable action) {

	}

}
