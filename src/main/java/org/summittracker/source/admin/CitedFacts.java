package org.summittracker.source.admin;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import org.summittracker.person.Tenure;
import org.summittracker.organization.Membership;
import org.summittracker.source.Citation;
import org.summittracker.source.admin.FactKind.FactRef;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.Summit;
import org.summittracker.system.RecordNotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names the fact a citation states, reading it with what its name needs in one statement:
 * "S. Jaishankar at SCO Summit 2024", "Turkey in the SCO as Dialogue partner", "Vladimir
 * Putin as President of Russia".
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

	/** The fact a link names; a 404 when there is no such row. */
	public CitedFact find(FactRef ref, Locale locale) {
		return switch (ref.kind()) {
			case SUMMIT -> summit(one(Summit.class, "select s from Summit s where s.id = :id", ref), ref);
			case ATTENDANCE -> attendance(one(Attendance.class, """
					select a from Attendance a join fetch a.summit left join fetch a.person
					  left join fetch a.nation left join fetch a.organization
					where a.id = :id""", ref), ref, locale);
			case MEMBERSHIP -> membership(one(Membership.class, """
					select m from Membership m join fetch m.nation join fetch m.organization where m.id = :id""", ref),
					ref, locale);
			case TENURE -> tenure(one(Tenure.class, """
					select t from Tenure t join fetch t.person join fetch t.office where t.id = :id""", ref), ref,
					locale);
		};
	}

	/** The fact a saved citation states. */
	public CitedFact of(Citation citation, Locale locale) {
		return find(refOf(citation), locale);
	}

	static FactRef refOf(Citation citation) {
		if (citation.getSummitId() != null) {
			return new FactRef(FactKind.SUMMIT, citation.getSummitId());
		}
		if (citation.getAttendanceId() != null) {
			return new FactRef(FactKind.ATTENDANCE, citation.getAttendanceId());
		}
		if (citation.getMembershipId() != null) {
			return new FactRef(FactKind.MEMBERSHIP, citation.getMembershipId());
		}
		return new FactRef(FactKind.TENURE, citation.getTenureId());
	}

	private <T> T one(Class<T> type, String query, FactRef ref) {
		List<T> found = this.entityManager.createQuery(query, type).setParameter("id", ref.id()).getResultList();
		if (found.isEmpty()) {
			throw new RecordNotFoundException(ref.kind().parameter(), String.valueOf(ref.id()));
		}
		return found.get(0);
	}

	private static CitedFact summit(Summit summit, FactRef ref) {
		return new CitedFact(ref.kind(), ref.id(), summit.getName(), "/summits/" + summit.getSlug());
	}

	private CitedFact attendance(Attendance attendance, FactRef ref, Locale locale) {
		String who = (attendance.getPerson() != null) ? attendance.getPerson().getName()
				: (attendance.getNation() != null) ? attendance.getNation().getName()
						: attendance.getOrganization().getName();
		Summit summit = attendance.getSummit();
		return new CitedFact(ref.kind(), ref.id(), message("citation.fact.attendance", locale, who, summit.getName()),
				"/summits/" + summit.getSlug() + "#attendance-" + ref.id());
	}

	private CitedFact membership(Membership membership, FactRef ref, Locale locale) {
		String standing = message("enum.Standing." + membership.getStanding().name(), locale);
		return new CitedFact(ref.kind(), ref.id(),
				message("citation.fact.membership", locale, membership.getNation().getName(),
						membership.getOrganization().getAcronym(), standing),
				"/organizations/" + membership.getOrganization().getSlug() + "#membership-" + ref.id());
	}

	private CitedFact tenure(Tenure tenure, FactRef ref, Locale locale) {
		String key = tenure.isActing() ? "citation.fact.tenure.acting" : "citation.fact.tenure";
		return new CitedFact(ref.kind(), ref.id(),
				message(key, locale, tenure.getPerson().getName(), tenure.getOffice().getTitle()),
				"/leaders/" + tenure.getPerson().getSlug() + "#tenure-" + ref.id());
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
