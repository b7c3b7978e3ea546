package org.summittracker.source.admin;

import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.summittracker.nation.Nation;
import org.summittracker.organization.Membership;
import org.summittracker.organization.Organization;
import org.summittracker.person.Office;
import org.summittracker.person.Person;
import org.summittracker.person.PersonName;
import org.summittracker.person.Tenure;
import org.summittracker.source.Citation;
import org.summittracker.source.CitedRecord;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.Summit;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names the record a citation states, reading it with what its name needs in one
 * statement: "S. Jaishankar at SCO Summit 2024", "Turkey in the SCO as Dialogue partner",
 * "Vladimir Putin as President of Russia", "Türkiye, a name of Turkey".
 */
@Component
@Transactional(readOnly = true)
class CitedFacts {

	private final EntityManager entityManager;

	private final MessageSource messages;

	CitedFacts(EntityManager entityManager, MessageSource messages) {
		this.entityManager = entityManager;
		this.messages = messages;
	}

	/** The record, named; empty when there is no such row. */
	public Optional<CitedFact> find(CitedRecord record, Locale locale) {
		long id = record.id();
		return switch (record.kind()) {
			case NATION -> one(Nation.class, id).map((n) -> new CitedFact(record, n.getName(), nationUrl(n)));
			case NATION_NAME ->
				one(Object[].class, "select nn.name, n from NationName nn join nn.nation n where nn.id = :id", id)
					.map((row) -> new CitedFact(record,
							message("citation.fact.otherName", locale, row[0], ((Nation) row[1]).getName()),
							nationUrl((Nation) row[1])));
			case ORGANIZATION ->
				one(Organization.class, id).map((o) -> new CitedFact(record, o.getName(), organizationUrl(o)));
			case OFFICE -> one(Office.class, """
					select o from Office o left join fetch o.nation left join fetch o.organization
					where o.id = :id""", id).map((o) -> new CitedFact(record, o.getTitle(),
					(o.getNation() != null) ? nationUrl(o.getNation()) : organizationUrl(o.getOrganization())));
			case PERSON -> one(Person.class, id).map((p) -> new CitedFact(record, p.getName(), personUrl(p)));
			case PERSON_NAME ->
				one(PersonName.class, "select pn from PersonName pn join fetch pn.person where pn.id = :id", id)
					.map((pn) -> new CitedFact(record,
							message("citation.fact.otherName", locale, pn.getName(), pn.getPerson().getName()),
							personUrl(pn.getPerson())));
			case MEMBERSHIP -> one(Membership.class, """
					select m from Membership m join fetch m.nation join fetch m.organization where m.id = :id""", id)
				.map((m) -> membership(m, record, locale));
			case TENURE -> one(Tenure.class, """
					select t from Tenure t join fetch t.person join fetch t.office where t.id = :id""", id)
				.map((t) -> new CitedFact(record,
						message(t.isActing() ? "citation.fact.tenure.acting" : "citation.fact.tenure", locale,
								t.getPerson().getName(), t.getOffice().getTitle()),
						personUrl(t.getPerson()) + "#tenure-" + id));
			case SUMMIT ->
				one(Summit.class, id).map((s) -> new CitedFact(record, s.getName(), "/summits/" + s.getSlug()));
			case ATTENDANCE -> one(Attendance.class, """
					select a from Attendance a join fetch a.summit left join fetch a.person
					  left join fetch a.nation left join fetch a.organization
					where a.id = :id""", id).map((a) -> attendance(a, record, locale));
		};
	}

	/**
	 * How delete pages and messages name a citation: its source's title, then the fact it
	 * backs in brackets.
	 */
	public String label(Citation citation, CitedFact fact, Locale locale) {
		return message("citation.label", locale, citation.getSource().getTitle(), fact.label());
	}

	private <T> Optional<T> one(Class<T> type, String query, long id) {
		return this.entityManager.createQuery(query, type).setParameter("id", id).getResultStream().findFirst();
	}

	private <T> Optional<T> one(Class<T> type, long id) {
		return Optional.ofNullable(this.entityManager.find(type, id));
	}

	private CitedFact attendance(Attendance attendance, CitedRecord record, Locale locale) {
		String who = (attendance.getPerson() != null) ? attendance.getPerson().getName()
				: (attendance.getNation() != null) ? attendance.getNation().getName()
						: attendance.getOrganization().getName();
		Summit summit = attendance.getSummit();
		return new CitedFact(record, message("citation.fact.attendance", locale, who, summit.getName()),
				"/summits/" + summit.getSlug() + "#attendance-" + record.id());
	}

	private CitedFact membership(Membership membership, CitedRecord record, Locale locale) {
		String standing = message("enum.Standing." + membership.getStanding().name(), locale);
		return new CitedFact(record,
				message("citation.fact.membership", locale, membership.getNation().getName(),
						membership.getOrganization().getAcronym(), standing),
				organizationUrl(membership.getOrganization()) + "#membership-" + record.id());
	}

	private static String nationUrl(Nation nation) {
		return "/nations/" + nation.getSlug();
	}

	private static String organizationUrl(Organization organization) {
		return "/organizations/" + organization.getSlug();
	}

	private static String personUrl(Person person) {
		return "/leaders/" + person.getSlug();
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
