package org.summittracker.export;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.summittracker.export.Dataset.AttendanceData;
import org.summittracker.export.Dataset.CitationData;
import org.summittracker.export.Dataset.MembershipData;
import org.summittracker.export.Dataset.NationData;
import org.summittracker.export.Dataset.OfficeData;
import org.summittracker.export.Dataset.OrganizationData;
import org.summittracker.export.Dataset.PersonData;
import org.summittracker.export.Dataset.SourceData;
import org.summittracker.export.Dataset.SummitData;
import org.summittracker.export.Dataset.TenureData;
import org.summittracker.export.PopoloDocument.Attendee;
import org.summittracker.export.PopoloDocument.Event;
import org.summittracker.export.PopoloDocument.Identifier;
import org.summittracker.export.PopoloDocument.Link;
import org.summittracker.export.PopoloDocument.Member;
import org.summittracker.export.PopoloDocument.Membership;
import org.summittracker.export.PopoloDocument.Meta;
import org.summittracker.export.PopoloDocument.Organization;
import org.summittracker.export.PopoloDocument.OtherName;
import org.summittracker.export.PopoloDocument.Person;
import org.summittracker.export.PopoloDocument.Post;
import org.summittracker.export.PopoloDocument.Source;
import org.summittracker.export.PopoloDocument.SourceRef;
import org.summittracker.system.DatePrecision;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Popolo document as the app built it before it was streamed: the whole dataset read
 * in one statement (each table as a JSON array), assembled in memory into a
 * {@link PopoloDocument} and written at once. Kept as the reference the streamed document
 * must equal ({@code PopoloTest}).
 */
final class PopoloInMemory {

	/** The former {@code DatasetRepository.findDataset()}. */
	static final String DATASET = """
					select json_build_object(
					  'persons', (select coalesce(json_agg(t order by t.sort_name, t.id), '[]') from (
					      select id, slug, name, sort_name, birth_date, nationality_id, wikidata_id from person) t),
					  'person_names', (select coalesce(json_agg(t order by t.person_id, t.name), '[]') from (
					      select id, person_id, name, kind from person_name) t),
					  'nations', (select coalesce(json_agg(t order by t.name), '[]') from (
					      select id, slug, name, official_name, iso_alpha2, iso_alpha3, iso_numeric, wikidata_id from nation) t),
					  'nation_names', (select coalesce(json_agg(t order by t.nation_id, t.name), '[]') from (
					      select nation_id, name, note from nation_name) t),
					  'organizations', (select coalesce(json_agg(t order by t.acronym), '[]') from (
					      select id, slug, acronym, name, kind, founded_on, founded_precision, description, wikidata_id
					      from organization) t),
					  'memberships', (select coalesce(json_agg(t order by t.organization_id, t.nation_id, t.start_date nulls first, t.id), '[]') from (
					      select id, nation_id, organization_id, standing, start_date, start_precision, end_date, end_precision,
					             note from membership) t),
					  'offices', (select coalesce(json_agg(t order by t.slug), '[]') from (
					      select id, slug, title, kind, nation_id, organization_id from office) t),
					  'tenures', (select coalesce(json_agg(t order by t.person_id, t.start_date, t.id), '[]') from (
					      select id, person_id, office_id, start_date, start_precision, end_date, end_precision, acting, note
					      from tenure) t),
					  'summits', (select coalesce(json_agg(t order by t.start_date, t.slug), '[]') from (
					      select id, slug, name, kind, organization_id, parent_id, host_nation_id, city, venue, start_date,
					             end_date, status, description, wikidata_id from summit) t),
					  'attendances', (select coalesce(json_agg(t order by t.summit_id, t.id), '[]') from (
					      select id, summit_id, person_id, nation_id, organization_id, capacity, standing, status,
					             instead_of_id, note from attendance) t),
					  'sources', (select coalesce(json_agg(t order by t.id), '[]') from (
					      select id, title, publisher, url, published_on, published_precision, note from source) t),
					  'citations', (select coalesce(json_agg(t order by t.id), '[]') from (
					      select id, source_id,
					             coalesce('summit/' || summit_id, 'attendance/' || attendance_id,
					                      'membership/' || membership_id, 'tenure/' || tenure_id,
					                      'person_name/' || person_name_id, 'person/' || person_id,
					                      'nation/' || nation_id, 'nation_name/' || nation_name_id,
					                      'organization/' || organization_id, 'office/' || office_id) as cited,
					             claimed_status, quote
					      from citation) t)
					)::text
			""";

	private PopoloInMemory() {
	}

	/** The document as JSON, in the exports' snake_case. */
	static String write(JdbcTemplate jdbc, ExportJson json, URI site) {
		Dataset data = json.read(jdbc.queryForObject(DATASET, String.class), Dataset.class);
		return json.write(new Builder(data, site).build());
	}

	private static final class Builder {

		private final Dataset data;

		private final URI site;

		private final Map<Long, String> personIds;

		private final Map<Long, String> nationIds;

		private final Map<Long, String> organizationIds;

		private final Map<Long, OfficeData> offices;

		private final Map<Long, String> summitIds;

		private final Map<Long, SourceData> sources;

		private final Map<String, List<CitationData>> citations;

		Builder(Dataset data, URI site) {
			this.data = data;
			this.site = site;
			this.personIds = index(data.persons(), PersonData::id, (p) -> "person/" + p.slug());
			this.nationIds = index(data.nations(), NationData::id, (n) -> "nation/" + n.slug());
			this.organizationIds = index(data.organizations(), OrganizationData::id, (o) -> "organization/" + o.slug());
			this.offices = index(data.offices(), OfficeData::id, Function.identity());
			this.summitIds = index(data.summits(), SummitData::id, (s) -> "event/" + s.slug());
			this.sources = index(data.sources(), SourceData::id, Function.identity());
			this.citations = data.citations().stream().collect(Collectors.groupingBy(CitationData::cited));
		}

		PopoloDocument build() {
			Meta meta = new Meta("Summit Tracker", this.site.toString(), "https://www.popoloproject.com/specs/",
					"Who attends what in international politics: leaders, states, blocs and summits, with sources.");
			List<Membership> memberships = new ArrayList<>();
			this.data.memberships().forEach((m) -> memberships.add(membership(m)));
			this.data.tenures().forEach((t) -> memberships.add(tenure(t)));
			return new PopoloDocument(meta, persons(), organizations(), posts(), memberships, events(), sources());
		}

		private List<Person> persons() {
			Map<Long, String> nationNames = index(this.data.nations(), NationData::id, NationData::name);
			Map<Long, List<OtherName>> otherNames = this.data.personNames()
				.stream()
				.collect(Collectors.groupingBy(Dataset.PersonNameData::personId,
						Collectors.mapping(
								(n) -> new OtherName(n.name(), lower(n.kind()), references("person_name/" + n.id())),
								Collectors.toList())));
			return this.data.persons()
				.stream()
				.map((p) -> new Person(this.personIds.get(p.id()), p.name(), p.sortName(), iso(p.birthDate()),
						(p.nationalityId() != null) ? nationNames.get(p.nationalityId()) : null,
						otherNames.getOrDefault(p.id(), List.of()),
						identifiers(p.wikidataId(), new Identifier("summit-tracker", p.slug())),
						List.of(page("/leaders/" + p.slug()))))
				.toList();
		}

		private List<Organization> organizations() {
			Map<Long, List<OtherName>> nationNames = this.data.nationNames()
				.stream()
				.collect(Collectors.groupingBy(Dataset.NationNameData::nationId,
						Collectors.mapping((n) -> new OtherName(n.name(), n.note(), List.of()), Collectors.toList())));
			List<Organization> organizations = new ArrayList<>();
			for (NationData n : this.data.nations()) {
				List<OtherName> names = new ArrayList<>();
				if (n.officialName() != null) {
					names.add(new OtherName(n.officialName(), "official name", List.of()));
				}
				names.addAll(nationNames.getOrDefault(n.id(), List.of()));
				organizations.add(new Organization(this.nationIds.get(n.id()), n.name(), "state", names,
						identifiers(n.wikidataId(), new Identifier("iso_3166_1_alpha_2", n.isoAlpha2()),
								new Identifier("iso_3166_1_alpha_3", n.isoAlpha3()),
								new Identifier("iso_3166_1_numeric", n.isoNumeric())),
						null, null, List.of(page("/nations/" + n.slug()))));
			}
			for (OrganizationData o : this.data.organizations()) {
				organizations.add(new Organization(this.organizationIds.get(o.id()), o.name(), lower(o.kind()),
						List.of(new OtherName(o.acronym(), "acronym", List.of())), identifiers(o.wikidataId()),
						partial(o.foundedOn(), o.foundedPrecision()), o.description(),
						List.of(page("/organizations/" + o.slug()))));
			}
			return organizations;
		}

		private List<Post> posts() {
			return this.data.offices()
				.stream()
				.map((o) -> new Post("post/" + o.slug(), o.title(), lower(o.kind()), ownerOf(o)))
				.toList();
		}

		private Membership membership(MembershipData m) {
			return new Membership("membership/" + m.id(), null,
					new Member("Organization", this.nationIds.get(m.nationId())),
					this.organizationIds.get(m.organizationId()), null, lower(m.standing()), null,
					partial(m.startDate(), m.startPrecision()), partial(m.endDate(), m.endPrecision()), m.note(),
					references("membership/" + m.id()));
		}

		private Membership tenure(TenureData t) {
			OfficeData office = this.offices.get(t.officeId());
			String person = this.personIds.get(t.personId());
			return new Membership("tenure/" + t.id(), person, new Member("Person", person), ownerOf(office),
					"post/" + office.slug(), office.title(), t.acting() ? "acting" : null,
					partial(t.startDate(), t.startPrecision()), partial(t.endDate(), t.endPrecision()), t.note(),
					references("tenure/" + t.id()));
		}

		private List<Event> events() {
			Map<Long, List<Attendee>> attendees = this.data.attendances()
				.stream()
				.collect(Collectors.groupingBy(AttendanceData::summitId,
						Collectors.mapping(this::attendee, Collectors.toList())));
			Map<Long, String> nationNames = index(this.data.nations(), NationData::id, NationData::name);
			return this.data.summits().stream().map((s) -> {
				List<String> place = new ArrayList<>();
				for (String part : new String[] { s.venue(), s.city(),
						(s.hostNationId() != null) ? nationNames.get(s.hostNationId()) : null }) {
					if (part != null) {
						place.add(part);
					}
				}
				return new Event(this.summitIds.get(s.id()), s.name(), lower(s.kind()),
						(s.organizationId() != null) ? this.organizationIds.get(s.organizationId()) : null,
						(s.parentId() != null) ? this.summitIds.get(s.parentId()) : null, lower(s.status()),
						iso(s.startDate()), iso(s.endDate()), String.join(", ", place), s.description(),
						identifiers(s.wikidataId()), attendees.getOrDefault(s.id(), List.of()),
						references("summit/" + s.id()), List.of(page("/summits/" + s.slug())));
			}).toList();
		}

		/**
		 * A record's identifiers: the Wikidata item first (Popolo's scheme "wikidata"),
		 * then the given ones; an unknown one is left out.
		 */
		private static List<Identifier> identifiers(String wikidataId, Identifier... others) {
			List<Identifier> identifiers = new ArrayList<>();
			if (wikidataId != null) {
				identifiers.add(new Identifier("wikidata", wikidataId));
			}
			for (Identifier other : others) {
				if (other.identifier() != null) {
					identifiers.add(other);
				}
			}
			return identifiers;
		}

		private Attendee attendee(AttendanceData a) {
			String onBehalfOf = (a.nationId() != null) ? this.nationIds.get(a.nationId())
					: (a.organizationId() != null) ? this.organizationIds.get(a.organizationId()) : null;
			return new Attendee("attendance/" + a.id(),
					(a.personId() != null) ? this.personIds.get(a.personId()) : null, onBehalfOf,
					(a.insteadOfId() != null) ? this.personIds.get(a.insteadOfId()) : null, lower(a.capacity()),
					lower(a.standing()), lower(a.status()), a.note(), references("attendance/" + a.id()));
		}

		private List<Source> sources() {
			return this.data.sources()
				.stream()
				.map((s) -> new Source("source/" + s.id(), s.title(), s.publisher(), s.url(),
						partial(s.publishedOn(), s.publishedPrecision()), s.note()))
				.toList();
		}

		/** The state or organization an office belongs to. */
		private String ownerOf(OfficeData office) {
			return (office.nationId() != null) ? this.nationIds.get(office.nationId())
					: this.organizationIds.get(office.organizationId());
		}

		private List<SourceRef> references(String fact) {
			return this.citations.getOrDefault(fact, List.of())
				.stream()
				.map((c) -> reference(c.sourceId(), c.quote(), lower(c.claimedStatus())))
				.toList();
		}

		private SourceRef reference(long sourceId, String quote, String claimedStatus) {
			SourceData source = this.sources.get(sourceId);
			return new SourceRef("source/" + sourceId, source.url(), source.title() + " — " + source.publisher(), quote,
					claimedStatus);
		}

		private Link page(String path) {
			return new Link(this.site.resolve(path).toString(), "Summit Tracker");
		}

		private static <T, V> Map<Long, V> index(List<T> rows, Function<T, Long> id, Function<T, V> value) {
			return rows.stream().collect(Collectors.toMap(id, value));
		}

		private static String partial(LocalDate date, DatePrecision precision) {
			return MembershipRow.iso(date, precision);
		}

		private static String iso(LocalDate date) {
			return (date != null) ? date.toString() : null;
		}

		private static String lower(Enum<?> value) {
			return (value != null) ? value.name().toLowerCase(Locale.ROOT) : null;
		}

	}

}
