package com.propaganda.dashboard.api;

import com.propaganda.dashboard.lossreasons.LossReasonRow;
import com.propaganda.dashboard.lossreasons.LossReasonService;
import com.propaganda.dashboard.platform.JsonFactory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /api/v1/loss-reasons}: the client's catalogue. A reason is renamed, described, deactivated
 * or reactivated; never deleted here, since calls keep it.
 */
@Path("loss-reasons")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class LossReasonsResource {

  private static final Set<String> FIELDS = Set.of("name", "description", "active");

  @EJB private LossReasonService reasons;

  @Context private UriInfo uri;

  /** The whole catalogue at once: a client has tens of reasons, not thousands. */
  @GET
  public Response list() {
    new QueryFields(uri, Set.of()).check();
    JsonArrayBuilder data = JsonFactory.array();
    reasons.catalogue().forEach(reason -> data.add(json(reason)));
    return Response.ok(JsonFactory.object().add("data", data).addNull("next_cursor").build())
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return Response.ok(json(reasons.reason(PathIds.of(id)))).build();
  }

  @POST
  public Response create(InputStream body) {
    JsonFields fields = new JsonFields(RequestBody.object(body), Set.of("name", "description"));
    String name = fields.text("name");
    String description = fields.text("description");
    fields.check();
    UUID id = reasons.create(name, description);
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(json(reasons.reason(id)))
        .build();
  }

  @PATCH
  @Path("{id}")
  public Response change(@PathParam("id") String id, InputStream body) {
    UUID reason = PathIds.of(id);
    JsonFields fields = new JsonFields(RequestBody.object(body), FIELDS);
    boolean renamed = fields.has("name");
    String name = fields.text("name");
    boolean described = fields.has("description");
    String description = fields.text("description");
    Boolean active = fields.has("active") ? fields.bool("active") : null;
    fields.check();
    LossReasonRow changed =
        reasons.change(
            reason,
            row -> {
              if (renamed) {
                row.setName(name);
              }
              if (described) {
                row.setDescription(description);
              }
              if (active != null) {
                row.setActive(active);
              }
            });
    return Response.ok(json(changed)).build();
  }

  private static JsonObject json(LossReasonRow reason) {
    JsonObjectBuilder json = JsonFactory.object();
    ApiJson.add(json, "id", reason.getId());
    ApiJson.add(json, "name", reason.getName());
    ApiJson.add(json, "description", reason.getDescription());
    ApiJson.add(json, "active", reason.isActive());
    ApiJson.add(json, "calls", reason.getCalls());
    return json.build();
  }
}
