package org.summittracker.imports;

import java.util.List;

/**
 * A file checked: the preview to show, and the rows ready to write (all of them only when
 * the preview is importable).
 */
record Checked<T>(Preview preview, List<T> lines) {

}
