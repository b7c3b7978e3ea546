package org.summittracker.summit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import org.hibernate.envers.Audited;
import org.summittracker.nation.Nation;
import org.summittracker.organization.Organization;
import org.summittracker.system.WikidataRecord;

/**
 * A summit or meeting (Popolo Event): an organization's summit, a bilateral or
 * multilateral meeting, possibly on the sidelines of a parent summit.
 */
@Entity
@Audited
public class Summit extends WikidataRecord {

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private SummitKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	private Organization organization;

	@ManyToOne(fetch = FetchType.LAZY)
	private Summit parent;

	@ManyToOne(fetch = FetchType.LAZY)
	private Nation hostNation;

	private String city;

	private String venue;

	private LocalDate startDate;

	private LocalDate endDate;

	/**
	 * Where it took place, in decimal degrees (north, east positive); both or neither.
	 */
	private BigDecimal latitude;

	private BigDecimal longitude;

	@Enumerated(EnumType.STRING)
	private SummitStatus status;

	private String description;

	@OneToMany(mappedBy = "summit")
	private List<Attendance> attendances = new ArrayList<>();

	protected Summit() {
	}

	public Summit(String slug, String name, SummitKind kind, Organization organization, LocalDate startDate,
			LocalDate endDate, SummitStatus status) {
		update(slug, name, kind, organization, null, null, null, null, null, null, startDate, endDate, status, null);
	}

	/** Changes what an editor may change; the same invariants as a new summit. */
	public void update(String slug, String name, SummitKind kind, Organization organization, Summit parent,
			Nation hostNation, String city, String venue, BigDecimal latitude, BigDecimal longitude,
			LocalDate startDate, LocalDate endDate, SummitStatus status, String description) {
		if (endDate.isBefore(startDate)) {
			throw new IllegalArgumentException("A summit cannot end before it starts");
		}
		if (kind == SummitKind.ORGANIZATION_SUMMIT && organization == null) {
			throw new IllegalArgumentException("An organization summit needs its convening organization");
		}
		if (parent == this) {
			throw new IllegalArgumentException("A summit cannot sit on its own sidelines");
		}
		if ((latitude == null) != (longitude == null)) {
			throw new IllegalArgumentException("A place needs both latitude and longitude, or neither");
		}
		if (latitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
				|| longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
			throw new IllegalArgumentException("Latitude lies within ±90 and longitude within ±180 degrees");
		}
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.organization = organization;
		this.parent = parent;
		this.hostNation = hostNation;
		this.city = city;
		this.venue = venue;
		this.latitude = latitude;
		this.longitude = longitude;
		this.startDate = startDate;
		this.endDate = endDate;
		this.status = status;
		this.description = description;
	}

	/** Whether the other summit's dates lie within this one's. */
	public boolean contains(LocalDate start, LocalDate end) {
		return !start.isBefore(this.startDate) && !end.isAfter(this.endDate);
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public SummitKind getKind() {
		return this.kind;
	}

	public Organization getOrganization() {
		return this.organization;
	}

	public Summit getParent() {
		return this.parent;
	}

	public Nation getHostNation() {
		return this.hostNation;
	}

	public String getCity() {
		return this.city;
	}

	public String getVenue() {
		return this.venue;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	/** Whether it has a place on the map. */
	public boolean isLocated() {
		return this.latitude != null && this.longitude != null;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public SummitStatus getStatus() {
		return this.status;
	}

	public String getDescription() {
		return this.description;
	}

	/** Attendance rows; only initialised where a query fetched them. */
	public List<Attendance> getAttendances() {
		return this.attendances;
	}

	public boolean isSideline() {
		return this.parent != null;
	}

	/**
	 * Whether it is still recorded as announced (planned, confirmed or postponed)
	 * although its last day is before this day: nothing read says how it went, which a
	 * page must say rather than show a past summit as still to come.
	 */
	public boolean isUnreportedOn(LocalDate today) {
		boolean announced = this.status == SummitStatus.PLANNED || this.status == SummitStatus.CONFIRMED
				|| this.status == SummitStatus.POSTPONED;
		LocalDate last = (this.endDate != null) ? this.endDate : this.startDate;
		return announced && last != null && last.isBefore(today);
	}

	/** Where it takes place, as one line: "Borgo Egnazia, Fasano, Italy". */
	public String getPlace() {
		List<String> parts = new ArrayList<>();
		if (this.venue != null) {
			parts.add(this.venue);
		}
		if (this.city != null) {
			parts.add(this.city);
		}
		if (this.hostNation != null) {
			parts.add(this.hostNation.getName());
		}
		return String.join(", ", parts);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
