package com.propaganda.dashboard.calls;

import static com.propaganda.dashboard.testsupport.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.testsupport.SignInAs;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Saved views of the call list: each user's own, one default, names unique, every change audited.
 */
@ExtendWith(ArquillianExtension.class)
class SavedViewServiceIT {

  @EJB private TestData data;

  @EJB private SavedViewService views;

  @Inject private SignInAs signIn;

  private Tenant tenant;

  @BeforeEach
  void aClient() {
    tenant = Tenant.create(data, "Views Co");
  }

  @Test
  void aViewKeepsFiltersSortAndHiddenColumnsAsTheListsQueryString() {
    tenant.signInAs(signIn, Role.SALES);
    CallFilter noShows = new CallFilter();
    noShows.setStatus(CallStatus.NO_SHOW);
    noShows.setSearch("acme & co");
    CallListLink link =
        new CallListLink(noShows, new CallOrder(CallSort.PROSPECT, true), Set.of("rep", "type"));

    UUID id = views.save("  No-shows A-Z ", link, false);

    SavedViewRow saved = views.mine().get(0);
    assertEquals(id, saved.id());
    assertEquals("No-shows A-Z", saved.name());
    assertEquals(
        "status=NO_SHOW&q=acme+%26+co&sort=prospectName&dir=asc&hide=rep,type", saved.query());
    CallListLink reopened =
        CallListLink.of(saved.query(), (name, expected) -> fail(name + ": " + expected));
    assertEquals(noShows.state(), reopened.filter().state());
    assertEquals(link.order(), reopened.order());
    assertEquals(link.hiddenColumns(), reopened.hiddenColumns());
  }

  @Test
  void oneDefaultAtMostAndNamesUniquePerUserWhateverTheirCase() {
    tenant.signInAs(signIn, Role.ADMIN);
    UUID first = views.save("Mine", emptyList(), true);
    UUID second = views.save("Lost this month", emptyList(), true);

    assertEquals(List.of(second), defaults());
    views.makeDefault(first, true);
    assertEquals(List.of(first), defaults());
    views.makeDefault(first, false);
    assertEquals(List.of(), defaults());

    assertRejected("name", () -> views.save("MINE", emptyList(), false));
    assertRejected("name", () -> views.rename(second, "mine"));
    assertRejected("name", () -> views.save(" ", emptyList(), false));
    views.rename(second, "Lost, this month");
    assertEquals("Lost, this month", views.mine().get(0).name());
  }

  @Test
  void aColleaguesViewIsNotFoundAndEveryChangeIsAudited() {
    tenant.signInAs(signIn, Role.CEO);
    UUID ceosView = views.save("Board", emptyList(), false);
    views.rename(ceosView, "Board view");
    tenant.signInAs(signIn, Role.ADMIN);

    assertEquals(List.of(), views.mine());
    assertThrows(NotFoundException.class, () -> views.rename(ceosView, "Taken"));
    assertThrows(NotFoundException.class, () -> views.makeDefault(ceosView, true));
    assertThrows(NotFoundException.class, () -> views.delete(ceosView));

    tenant.signInAs(signIn, Role.CEO);
    views.delete(ceosView);
    assertEquals(
        List.of("DELETE", "INSERT", "UPDATE"),
        data.texts(
            "SELECT action FROM audit_logs WHERE table_name = 'saved_views' AND record_id = ?"
                + " AND action <> 'SELECT' ORDER BY action",
            ceosView));
  }

  private List<UUID> defaults() {
    return views.mine().stream().filter(SavedViewRow::byDefault).map(SavedViewRow::id).toList();
  }

  private static CallListLink emptyList() {
    return new CallListLink(new CallFilter(), CallOrder.NEWEST_FIRST, Set.of());
  }
}
