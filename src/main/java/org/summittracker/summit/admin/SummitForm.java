package org.summittracker.summit.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.summittracker.system.Name;
import org.summittracker.nation.Nation;
import org.summittracker.organization.Organization;
import org.summittracker.summit.Summit;
import org.summittracker.summit.SummitKind;
import org.summittracker.summit.SummitStatus;
import org.summittracker.system.Slug;
import org.summittracker.system.EndNotBeforeStart;
import org.summittracker.system.FormBinding;
import org.summittracker.system.FormRules;
import org.summittracker.system.WikidataId;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an editor types for a summit or meeting; maps to the entity in
 * {@link SummitEditing}.
 */
@EndNotBeforeStart(start = "startDate", end = "endDate")
@FormRules
public class SummitForm implements FormRules.Form {

	@Name
	public String name;

	@Slug(max = 120)
	public String slug;

	@NotNull
	public SummitKind kind = SummitKind.ORGANIZATION_SUMMIT;

	public Organization organization;

	public Summit parent;

	public Nation hostNation;

	@Size(max = 120)
	public String city;

	@Size(max = 200)
	public String venue;

	/** Where on the map, in decimal degrees; both or neither. */
	@DecimalMin("-90")
	@DecimalMax("90")
	public BigDecimal latitude;

	@DecimalMin("-180")
	@DecimalMax("180")
	public BigDecimal longitude;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	public LocalDate startDate;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	public LocalDate endDate;

	@NotNull
	public SummitStatus status = SummitStatus.PLANNED;

	@Size(max = 4000)
	public String description;

	/** The Wikidata item, such as Q and a number; blank for none. */
	@WikidataId
	public String wikidataId;

	public Long version;

	/**
	 * A new summit, or with a parent a meeting on its sidelines, where and when it is.
	 */
	static SummitForm onSidelinesOf(Summit parent) {
		SummitForm form = new SummitForm();
		if (parent != null) {
			form.kind = SummitKind.BILATERAL_MEETING;
			form.parent = parent;
			form.startDate = parent.getStartDate();
			form.endDate = parent.getStartDate();
			form.hostNation = parent.getHostNation();
			form.city = parent.getCity();
		}
		return form;
	}

	static SummitForm from(Summit summit) {
		SummitForm form = FormBinding.fill(new SummitForm(), summit);
		form.latitude = plain(summit.getLatitude());
		form.longitude = plain(summit.getLongitude());
		return form;
	}

	/**
	 * An organization summit names its organization; a place has both coordinates or
	 * neither; a meeting on the sidelines falls within its parent summit's dates.
	 */
	@Override
	public void check(FormRules.Broken broken) {
		if (this.kind == SummitKind.ORGANIZATION_SUMMIT && this.organization == null) {
			broken.rule("organization", "summit.organization.required");
		}
		if ((this.latitude == null) != (this.longitude == null)) {
			broken.rule((this.latitude == null) ? "latitude" : "longitude", "summit.coordinates.pair");
		}
		if (this.parent != null && this.startDate != null && this.endDate != null
				&& !this.parent.contains(this.startDate, this.endDate)) {
			broken.rule("startDate", "summit.parent.dates", Map.of("parentName", this.parent.getName(), "parentStart",
					this.parent.getStartDate(), "parentEnd", this.parent.getEndDate()));
		}
	}

	/**
	 * 51.17 rather than the database's 51.17000, so an unchanged value reads (and
	 * compares) as typed.
	 */
	private static BigDecimal plain(BigDecimal degrees) {
		if (degrees == null) {
			return null;
		}
		BigDecimal stripped = degrees.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
