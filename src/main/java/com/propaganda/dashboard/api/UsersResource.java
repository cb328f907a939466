package com.propaganda.dashboard.api;

import com.propaganda.dashboard.platform.JsonFactory;
import com.propaganda.dashboard.users.TeamMember;
import com.propaganda.dashboard.users.TeamService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;

/** {@code /api/v1/users}: the client's team, read only, so calls can name their rep. */
@Path("users")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

  @EJB private TeamService team;

  @Context private UriInfo uri;

  /** The whole team at once: a client has tens of users, not thousands. */
  @GET
  public Response list() {
    new QueryFields(uri, Set.of()).check();
    JsonArrayBuilder data = JsonFactory.array();
    team.members().forEach(member -> data.add(json(member)));
    return Response.ok(JsonFactory.object().add("data", data).addNull("next_cursor").build())
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return Response.ok(json(team.member(PathIds.of(id)))).build();
  }

  private static JsonObject json(TeamMember member) {
    JsonObjectBuilder json = JsonFactory.object();
    ApiJson.add(json, "id", member.id());
    ApiJson.add(json, "name", member.name());
    ApiJson.add(json, "email", member.email());
    ApiJson.add(json, "role", member.role());
    ApiJson.add(json, "active", member.active());
    ApiJson.add(json, "last_login", member.lastLogin());
    return json.build();
  }
}
