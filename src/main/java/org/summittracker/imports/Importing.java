package org.summittracker.imports;

import org.summittracker.system.ConstraintMessages;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a CSV file and imports it all or nothing. The preview writes nothing that stays:
 * each good row is tried and rolled back. The import checks the same text again (never
 * trusting an earlier verdict) and writes every row in one transaction, or none when any
 * row is bad or the database refuses one.
 */
@Service
@Transactional
class Importing {

	private final AttendanceImport attendance;

	private final MembershipImport memberships;

	Importing(AttendanceImport attendance, MembershipImport memberships) {
		this.attendance = attendance;
		this.memberships = memberships;
	}

	/** Every row checked, nothing written. */
	@Transactional(readOnly = true)
	public Preview preview(ImportKind kind, String csv) {
		return rules(kind).check(CsvFile.read(kind, csv), true).preview();
	}

	/**
	 * Checks the file again and, only when every row is good, adds them all; returns the
	 * check either way.
	 * @throws ImportRefusedException when the database refuses a row: nothing is written
	 */
	public Preview importAll(ImportKind kind, String csv) {
		Checked checked = rules(kind).check(CsvFile.read(kind, csv), false);
		if (checked.preview().isImportable()) {
			for (Checked.Write write : checked.writes()) {
				try {
					write.action().run();
				}
				catch (DataIntegrityViolationException ex) {
					throw new ImportRefusedException(write.line(), ConstraintMessages.constraintOf(ex), ex);
				}
			}
		}
		return checked.preview();
	}

	private RowImport rules(ImportKind kind) {
		return switch (kind) {
			case ATTENDANCE -> this.attendance;
			case MEMBERSHIPS -> this.memberships;
		};
	}

}
