package org.dyad.actor;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The people lexicon as a political scientist would check it: no person holds two roles at once. */
class PeopleLintTest {

    @Test
    void people_noOverlappingRolesForOnePerson() {
        List<String> overlaps = new ArrayList<>();
        for (NameEntry.Person p : ActorLexicon.bundled().people()) {
            List<Role> roles = p.roles().stream()
                    .sorted(Comparator.comparing(r -> r.from() == null ? LocalDate.MIN : r.from())).toList();
            for (int i = 1; i < roles.size(); i++) {
                Role before = roles.get(i - 1);
                Role after = roles.get(i);
                LocalDate end = before.to() == null ? LocalDate.MAX : before.to();
                LocalDate start = after.from() == null ? LocalDate.MIN : after.from();
                // A handover day may close one role and open the next; more than that is an overlap.
                if (start.isBefore(end) && !before.code().equals(after.code())) {
                    overlaps.add(p.name() + ": " + before.code() + " " + before.range() + " overlaps "
                            + after.code() + " " + after.range());
                }
            }
        }
        assertThat(overlaps).as("people holding two different codes on the same day").isEmpty();
    }

    @Test
    void people_everyRoleRangeRunsForward() {
        assertThat(ActorLexicon.bundled().people().stream().flatMap(p -> p.roles().stream())
                .filter(r -> r.from() != null && r.to() != null && r.to().isBefore(r.from())).toList()).isEmpty();
    }
}
