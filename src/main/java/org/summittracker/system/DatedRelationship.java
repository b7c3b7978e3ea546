package org.summittracker.system;

import java.util.Locale;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/**
 * What memberships and tenures share: a relationship that holds over a period, read as
 * {@link PartialPeriod} reads it, with an editor's note. Its columns are
 * {@code start_date}, {@code start_precision}, {@code end_date}, {@code end_precision}
 * and {@code note}.
 */
@MappedSuperclass
@Audited
public abstract class DatedRelationship extends VersionedEntity {

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "start_date"))
	@AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
	private PartialDate start;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "end_date"))
	@AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
	private PartialDate end;

	private String note;

	/** Changes its dates and note; it cannot end before it starts. */
	protected void changeDates(PartialDate start, PartialDate end, String note) {
		if (new PartialPeriod(start, end).endsBeforeItStarts()) {
			throw new IllegalArgumentException(
					"A " + getClass().getSimpleName().toLowerCase(Locale.ROOT) + " cannot end before it starts");
		}
		this.start = start;
		this.end = end;
		this.note = note;
	}

	public PartialDate getStart() {
		return this.start;
	}

	public PartialDate getEnd() {
		return this.end;
	}

	public String getNote() {
		return this.note;
	}

	public boolean isCurrent() {
		return this.end == null;
	}

	/** Its dates as a period: from the start's first day through the end's last day. */
	public PartialPeriod period() {
		return new PartialPeriod(this.start, this.end);
	}

}
