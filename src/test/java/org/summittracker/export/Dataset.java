package org.summittracker.export;

import java.time.LocalDate;
import java.util.List;

import org.summittracker.person.NameKind;
import org.summittracker.person.OfficeKind;
import org.summittracker.organization.OrganizationKind;
import org.summittracker.organization.Standing;
import org.summittracker.summit.AttendanceStanding;
import org.summittracker.summit.AttendanceStatus;
import org.summittracker.summit.Capacity;
import org.summittracker.summit.SummitKind;
import org.summittracker.summit.SummitStatus;
import org.summittracker.system.DatePrecision;

/**
 * Every table's rows, as the former one-statement read of the dataset returned them
 * ({@link PopoloInMemory#DATASET}; snake_case columns map to these components).
 */
record Dataset(List<PersonData> persons, List<PersonNameData> personNames, List<NationData> nations,
		List<NationNameData> nationNames, List<OrganizationData> organizations, List<MembershipData> memberships,
		List<OfficeData> offices, List<TenureData> tenures, List<SummitData> summits, List<AttendanceData> attendances,
		List<SourceData> sources, List<CitationData> citations) {

	record PersonData(long id, String slug, String name, String sortName, LocalDate birthDate, Long nationalityId,
			String wikidataId) {
	}

	record PersonNameData(long id, long personId, String name, NameKind kind) {
	}

	record NationData(long id, String slug, String name, String officialName, String isoAlpha2, String isoAlpha3,
			String isoNumeric, String wikidataId) {
	}

	record NationNameData(long nationId, String name, String note) {
	}

	record OrganizationData(long id, String slug, String acronym, String name, OrganizationKind kind,
			LocalDate foundedOn, DatePrecision foundedPrecision, String description, String wikidataId) {
	}

	record MembershipData(long id, long nationId, long organizationId, Standing standing, LocalDate startDate,
			DatePrecision startPrecision, LocalDate endDate, DatePrecision endPrecision, String note) {
	}

	record OfficeData(long id, String slug, String title, OfficeKind kind, Long nationId, Long organizationId) {
	}

	record TenureData(long id, long personId, long officeId, LocalDate startDate, DatePrecision startPrecision,
			LocalDate endDate, DatePrecision endPrecision, boolean acting, String note) {
	}

	record SummitData(long id, String slug, String name, SummitKind kind, Long organizationId, Long parentId,
			Long hostNationId, String city, String venue, LocalDate startDate, LocalDate endDate, SummitStatus status,
			String description, String wikidataId) {
	}

	record AttendanceData(long id, long summitId, Long personId, Long nationId, Long organizationId, Capacity capacity,
			AttendanceStanding standing, AttendanceStatus status, Long insteadOfId, String note) {
	}

	record SourceData(long id, String title, String publisher, String url, LocalDate publishedOn,
			DatePrecision publishedPrecision, String note) {
	}

	/**
	 * A citation, naming the record it states as {@code kind/id}: {@code summit/3},
	 * {@code person_name/9}.
	 */
	record CitationData(long id, long sourceId, String cited, AttendanceStatus claimedStatus, String quote) {
	}

}
