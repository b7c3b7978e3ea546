package org.summittracker.export;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The whole dataset shaped after the Popolo data specification
 * (https://www.popoloproject.com): persons, organizations (states too, classified
 * "state"), posts, memberships (a nation in an organization, or a person in a post),
 * events (summits and meetings, each with its attendees) and the sources facts cite. Ids
 * are strings such as {@code person/recep-tayyip-erdogan}, {@code nation/turkey},
 * {@code organization/sco}; dates are partial where the sources are ("2024", "2024-07",
 * "2024-07-03"); empty properties are left out. Written in snake_case.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PopoloDocument(Meta meta, List<Person> persons, List<Organization> organizations, List<Post> posts,
		List<Membership> memberships, List<Event> events, List<Source> sources) {

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Meta(String title, String url, String specification, String description) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Person(String id, String name, String sortName, String birthDate, String nationalIdentity,
			List<OtherName> otherNames, List<Identifier> identifiers, List<Link> links) {
	}

	/**
	 * Another name: a person's other spelling (note says which kind), a state's other
	 * name, an acronym.
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record OtherName(String name, String note, List<SourceRef> sources) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Identifier(String scheme, String identifier) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Link(String url, String note) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Organization(String id, String name, String classification, List<OtherName> otherNames,
			List<Identifier> identifiers, String foundingDate, String description, List<Link> links) {
	}

	/** An office independent of its holder, belonging to a state or an organization. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Post(String id, String label, String role, String organizationId) {
	}

	/**
	 * A state's standing in an organization (member is the state, role the standing), or
	 * a person holding a post (member is the person, role the office's title). The end
	 * date is the last day it held, inclusive, for both ("2024" is through 31 December
	 * 2024), as Popolo's end_date.
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Membership(String id, String personId, Member member, String organizationId, String postId,
			String role, String label, String startDate, String endDate, String note, List<SourceRef> sources) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Member(@JsonProperty("@type") String type, String id) {
	}

	/** A summit or meeting; a meeting on another's sidelines names it as parent. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Event(String id, String name, String classification, String organizationId, String parentId,
			String status, String startDate, String endDate, String location, String description,
			List<Identifier> identifiers, List<Attendee> attendees, List<SourceRef> sources, List<Link> links) {
	}

	/**
	 * One participant of an event: the person (if known), the state or organization they
	 * spoke for, whom they came instead of, in what capacity (role) and standing, and
	 * what is known (expected, reported, attended, absent, declined).
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Attendee(String id, String personId, String onBehalfOfId, String insteadOfId, String role,
			String standing, String status, String note, List<SourceRef> sources) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Source(String id, String title, String publisher, String url, String date, String note) {
	}

	/**
	 * A fact's source, with the quote and, for attendance, what the source claimed at the
	 * time.
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record SourceRef(String sourceId, String url, String note, String quote, String claimedStatus) {
	}

}
