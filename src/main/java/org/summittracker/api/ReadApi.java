package org.summittracker.api;

import java.util.List;

import org.summittracker.export.ExportRepository;
import org.summittracker.export.Exports;
import org.summittracker.export.PersonRow;
import org.summittracker.export.NationRow;
import org.summittracker.export.OrganizationRow;
import org.summittracker.export.SourceRow;
import org.summittracker.export.SummitRow;
import org.summittracker.summit.SummitKind;
import org.summittracker.system.RecordNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the API answers, from the exports' read model: flat rows, at most five statements
 * per answer.
 */
@Service
@Transactional(readOnly = true)
class ReadApi {

	private final ExportRepository rows;

	private final Exports exports;

	ReadApi(ExportRepository rows, Exports exports) {
		this.rows = rows;
		this.exports = exports;
	}

	ApiPage<SummitRow> summits(String organization, int year, SummitKind kind, Paging paging) {
		Page<SummitRow> found = this.rows.findSummits(Exports.blankIfNull(organization), year, Exports.kinds(kind),
				paging.pageable());
		return ApiPage.of(found, found.getContent());
	}

	SummitDetail summit(String slug) {
		SummitRow summit = this.rows.findSummit(slug).orElseThrow(() -> new RecordNotFoundException("summit", slug));
		return new SummitDetail(summit, this.rows.findAttendanceAt(slug), this.rows.findSidelinesOf(slug));
	}

	ApiPage<PersonRow> leaders(String nation, Paging paging) {
		Page<PersonRow> found = this.rows.findLeaders(Exports.blankIfNull(nation), paging.pageable());
		return ApiPage.of(found, this.exports.withCurrentOffices(found.getContent()));
	}

	PersonDetail leader(String slug) {
		PersonRow leader = this.rows.findLeader(slug).orElseThrow(() -> new RecordNotFoundException("leader", slug));
		return new PersonDetail(this.exports.withCurrentOffices(List.of(leader)).get(0),
				this.rows.findOtherNamesOf(slug), this.rows.findTenuresOf(slug), this.rows.findAppearancesOf(slug));
	}

	ApiPage<NationRow> nations(Paging paging) {
		Page<NationRow> found = this.rows.findNations(paging.pageable());
		return ApiPage.of(found, this.exports.withCurrentStandings(found.getContent(), ""));
	}

	NationDetail nation(String slug) {
		NationRow nation = this.rows.findNation(slug).orElseThrow(() -> new RecordNotFoundException("nation", slug));
		return new NationDetail(this.exports.withCurrentStandings(List.of(nation), slug).get(0),
				this.rows.findMembershipsOfNation(slug), this.rows.findRepresentationsOf(slug));
	}

	ApiPage<OrganizationRow> organizations(Paging paging) {
		Page<OrganizationRow> found = this.rows.findOrganizations(paging.pageable());
		return ApiPage.of(found, this.exports.withCounts(found.getContent()));
	}

	OrganizationDetail organization(String slug) {
		OrganizationRow organization = this.rows.findOrganization(slug)
			.orElseThrow(() -> new RecordNotFoundException("organization", slug));
		return new OrganizationDetail(this.exports.withCounts(List.of(organization)).get(0),
				this.rows.findMembershipsIn(slug), this.rows.findSummitsOf(slug));
	}

	ApiPage<SourceRow> sources(Paging paging) {
		Page<SourceRow> found = this.rows.findSources(paging.pageable());
		return ApiPage.of(found, found.getContent());
	}

}
